package id.kotacerdas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

class GalatIsianTests {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final StaticMessageSource pesan = new StaticMessageSource();

	GalatIsianTests() {
		pesan.addMessage("galat.isian", ID, "Isian ini tidak sah.");
		pesan.addMessage("galat.isian.Size", ID, "Paling banyak {0,number,#} karakter.");
		pesan.addMessage("galat.isian.NotBlank", ID, "Wajib diisi.");
		pesan.addMessage("uji.isian.plat.Pattern", ID, "Tulis nomor polisi seperti DH 1234 KP.");
	}

	/** The validator reports a field's problems in no fixed order; the field's own wording is shown either way. */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void aFieldsOwnWordingWinsOverAGenericLimitWhicheverCameFirst(boolean umumDulu) {
		FieldError ukuran = galat("plat", "Size", 15, 0);
		FieldError pola = galat("plat", "Pattern", List.of(), "[A-Z]+");
		FieldError wajib = galat("nama", "NotBlank");
		var hasil = new MapBindingResult(Map.of(), "data");
		(umumDulu ? List.of(wajib, ukuran, pola) : List.of(wajib, pola, ukuran)).forEach(hasil::addError);

		assertThat(GalatIsian.pesan(hasil, "uji.isian", pesan, ID)).containsExactly(Map.entry("nama", "Wajib diisi."),
				Map.entry("plat", "Tulis nomor polisi seperti DH 1234 KP."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Size", "Max" })
	void withoutOwnWordingTheFirstProblemInGeneralWords(String aturan) {
		var hasil = new MapBindingResult(Map.of(), "data");
		hasil.addError(galat("merek", aturan, 100, 0));
		hasil.addError(galat("merek", "NotBlank"));

		assertThat(GalatIsian.pesan(hasil, "uji.isian", pesan, ID))
			.containsExactly(Map.entry("merek", aturan.equals("Size") ? "Paling banyak 100 karakter." : "Isian ini tidak sah."));
	}

	/** As Spring's validator adapter builds it: the field itself first, then the rule's attributes by name. */
	private static FieldError galat(String isian, String aturan, Object... atribut) {
		Object[] argumen = new Object[atribut.length + 1];
		argumen[0] = new DefaultMessageSourceResolvable("data." + isian);
		System.arraycopy(atribut, 0, argumen, 1, atribut.length);
		return new FieldError("data", isian, "x", false, new String[] { aturan + ".data." + isian, aturan }, argumen, "English default");
	}
}
