package id.kotacerdas.satudata.internal.gerbang;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a dataset may not be published, as a message with the column named first: resolved to words by any
 * {@code MessageSource} (the kind of personal data is itself a message, resolved with it).
 */
public record Alasan(String kode, Object... argumen) implements MessageSourceResolvable {

	static Alasan kolom(String kolom, GerbangDataPribadi.JenisData jenis) {
		return new Alasan("satudata-portal.gerbang.kolom-pribadi", kolom, new DefaultMessageSourceResolvable(jenis.kodePesan()));
	}

	static Alasan nilai(String kolom, int baris, GerbangDataPribadi.JenisData jenis) {
		return new Alasan("satudata-portal.gerbang.nilai-pribadi", kolom, baris, new DefaultMessageSourceResolvable(jenis.kodePesan()));
	}

	/** The column the reason is about. */
	public String kolom() {
		return (String) argumen[0];
	}

	/** The kind of personal data found, when the reason names one. */
	public Optional<String> kodeJenis() {
		return Arrays.stream(argumen).filter(DefaultMessageSourceResolvable.class::isInstance)
			.map(a -> ((DefaultMessageSourceResolvable) a).getCode()).findFirst();
	}

	@Override
	public String[] getCodes() {
		return new String[] { kode };
	}

	@Override
	public Object[] getArguments() {
		return argumen.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Alasan a && kode.equals(a.kode) && Arrays.equals(argumen, a.argumen);
	}

	@Override
	public int hashCode() {
		return 31 * kode.hashCode() + Arrays.hashCode(argumen);
	}

	@Override
	public String toString() {
		return kode + Arrays.toString(argumen);
	}
}
