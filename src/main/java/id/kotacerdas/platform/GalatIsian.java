package id.kotacerdas.platform;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
	 * Field name → message, in the order the errors were found. Of a field's several problems its
	 * own wording wins: the validator reports them in no fixed order, and "write a plate like
	 * DH 1234 KP" helps more than "at most 15 characters".
	 */
	public static Map<String, String> pesan(BindingResult hasil, String awalan, MessageSource pesan, Locale locale) {
		Map<String, String> galat = new LinkedHashMap<>();
		Set<String> berkataSendiri = new HashSet<>();
		for (FieldError e : hasil.getFieldErrors()) {
			// a value that could not even be converted (a word in a number field)
			String aturan = e.isBindingFailure() ? "typeMismatch" : e.getCode();
			Object[] argumen = e.getArguments() == null || e.getArguments().length < 2 ? new Object[0]
					: Arrays.copyOfRange(e.getArguments(), 1, e.getArguments().length);
			String sendiri = awalan + "." + e.getField() + "." + aturan;
			String kata = pesan.getMessage(sendiri, argumen, null, locale);
			if (kata != null && berkataSendiri.add(e.getField())) {
				galat.put(e.getField(), kata);
			}
			else if (kata == null && !galat.containsKey(e.getField())) {
				galat.put(e.getField(), pesan.getMessage(
						new DefaultMessageSourceResolvable(new String[] { "galat.isian." + aturan, "galat.isian" }, argumen), locale));
			}
		}
		return galat;
	}
}
