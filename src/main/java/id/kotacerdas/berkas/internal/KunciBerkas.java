package id.kotacerdas.berkas.internal;

import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import id.kotacerdas.berkas.Berkas;
import id.kotacerdas.platform.Waktu;

/**
 * Where a file's object lives in the store: {@code <module>/<kind>/<yyyy>/<mm>/<id><ending>}, the
 * month in WITA, so an operator can find and back up a module's files by folder.
 */
final class KunciBerkas {

	/**
	 * The keys this application writes (and their temporary twins in the local folder): the sweep
	 * touches nothing else, even in a bucket shared with other data.
	 */
	static final Pattern MILIK_KITA = Pattern.compile(
			"[a-z][a-z0-9-]*/[a-z][a-z0-9-]*/\\d{4}/\\d{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.[a-z]+(" + Pattern.quote(
					PenyimpananLokal.AKHIRAN_SEMENTARA) + ")?");

	private KunciBerkas() {
	}

	static String untuk(Berkas b) {
		ZonedDateTime waktu = Waktu.wita(b.dibuat());
		return "%s/%s/%04d/%02d/%s%s".formatted(b.pemilik().modul(), b.pemilik().jenis(), waktu.getYear(), waktu.getMonthValue(), b.id(),
				b.akhiran());
	}
}
