package id.kotacerdas.layanan.internal;

/** Real files for the tests: a photographed card (JPEG) and a one-page PDF letter, drawn as the demo draws them. */
final class BerkasContoh {

	private BerkasContoh() {
	}

	static byte[] foto(String teks) {
		return DataDemoLayanan.kartu(teks);
	}

	static byte[] pdf(String teks) {
		return DataDemoLayanan.surat(teks);
	}
}
