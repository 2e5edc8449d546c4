package id.kotacerdas.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's field errors as sentences a person understands, one per field, to show next to it:
 * never a field name or a validator's English. Looked up as {@code <awalan>.<field>.<rule>} (a
 * field's own wording, e.g. what a NIP looks like), then {@code galat.isian.<rule>}, with the
 * rule's limits as arguments in alphabetical order of their names (as Spring passes them).
 */
public final class GalatIsian {

	private GalatIsian() {
	}

	/**
	 * Field name → what is wrong with it, fields in the order their errors were found. A field that
	 * breaks several rules gets every sentence, ordered by rule name (the validator's order varies).
	 */
	public static Map<String, String> pesan(BindingResult hasil, String awalan, MessageSource pesan, Locale locale) {
		Map<String, Map<String, String>> perIsian = new LinkedHashMap<>();
		for (FieldError e : hasil.getFieldErrors()) {
			// a value that could not even be converted (a word in a number field)
			String aturan = e.isBindingFailure() ? "typeMismatch" : e.getCode();
			Object[] argumen = e.getArguments() == null || e.getArguments().length < 2 ? new Object[0]
					: Arrays.copyOfRange(e.getArguments(), 1, e.getArguments().length);
			var dicari = new DefaultMessageSourceResolvable(
					new String[] { awalan + "." + e.getField() + "." + aturan, "galat.isian." + aturan, "galat.isian" }, argumen);
			perIsian.computeIfAbsent(e.getField(), f -> new TreeMap<>()).put(aturan, pesan.getMessage(dicari, locale));
		}
		Map<String, String> galat = new LinkedHashMap<>();
		perIsian.forEach((isian, kalimat) -> galat.put(isian, String.join(" ", kalimat.values())));
		return galat;
	}
}
