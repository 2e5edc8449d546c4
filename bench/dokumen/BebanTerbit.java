package id.kotacerdas.dokumen.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.support.StaticMessageSource;

import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.platform.KotaProperties;

/**
 * Renders and signs the standard letter the way {@link LayananDokumen#selesaikan} does (template →
 * PDF with the QR code, then the local PAdES signature), timing each half; prints documents a second.
 */
public final class BebanTerbit {

	public static void main(String[] args) throws Exception {
		int jumlah = Integer.parseInt(args[0]);
		int utas = Integer.parseInt(args[1]);
		Clock clock = Clock.systemUTC();
		KotaProperties kota = new KotaProperties("Kota Kupang", "53.71", null, null, null, List.of());
		PenandaTanganLokal penanda = new PenandaTanganLokal(
				SertifikatKota.muat(new DokumenProperties.Keystore(null, null, null), Path.of(args[2]), kota, clock), clock);
		PenyajiPdf penyaji = new PenyajiPdf(new StaticMessageSource());
		LocalDate hari = LocalDate.of(2026, 12, 2);
		PolaNomor pola = new PolaNomor(JenisDokumenBaru.POLA_BAKU);
		AtomicLong nsRender = new AtomicLong();
		AtomicLong nsTanda = new AtomicLong();
		AtomicLong byte_ = new AtomicLong();

		Runnable satu = new Runnable() {
			private final AtomicLong urut = new AtomicLong();

			@Override
			public void run() {
				int n = (int) urut.incrementAndGet();
				String url = "https://kupangkota.go.id/v/" + UUID.randomUUID();
				Dokumen d = new Dokumen(UUID.randomUUID(), "bench", "470", "Kel.N-II", 2026, n, pola.nomor("470", n, "Kel.N-II", hari),
						Dokumen.Status.DISIAPKAN, new Dokumen.Data("Kelurahan Naikoten II",
								List.of(List.of("Alamat", "Jl. Soeharto No. 12, RT 005/RW 002"), List.of("Keperluan surat", "Melamar kerja")),
								"Yohanes Ndun, S.STP.", "198203152006041003", "Lurah Naikoten II", null),
						"5371054107950003", "Yuliana Mbura", "untuk melamar kerja", hari.plusMonths(3), null, "bench", "b-" + n,
						Instant.parse("2026-12-02T01:30:00Z"), JenisTandaTangan.LOKAL, null, null, null, null);
				long t0 = System.nanoTime();
				byte[] qr = KodeQr.png(url);
				byte[] pdf = penyaji.pdf(TemplatBaku.SURAT, isi(d, url, qr));
				long t1 = System.nanoTime();
				byte[] tertanda = penanda.tandatangani(pdf, new PenandaTangan.Permintaan("Yohanes Ndun", null, null, "Kupang", d.nomor(), qr));
				long t2 = System.nanoTime();
				nsRender.addAndGet(t1 - t0);
				nsTanda.addAndGet(t2 - t1);
				byte_.addAndGet(tertanda.length);
			}
		};
		// warm-up: class loading, JIT, the renderer's first stylesheet
		for (int i = 0; i < 30; i++) {
			satu.run();
		}
		nsRender.set(0);
		nsTanda.set(0);
		byte_.set(0);
		ExecutorService pelaksana = Executors.newFixedThreadPool(utas);
		long mulai = System.nanoTime();
		List<Future<?>> kerja = new ArrayList<>();
		for (int i = 0; i < jumlah; i++) {
			kerja.add(pelaksana.submit(satu));
		}
		for (Future<?> f : kerja) {
			f.get();
		}
		double detik = (System.nanoTime() - mulai) / 1e9;
		pelaksana.shutdown();
		double render = nsRender.get() / 1e6 / jumlah;
		double tanda = nsTanda.get() / 1e6 / jumlah;
		System.out.printf("documents: %d on %d threads in %.1f s: %.1f documents/s%n", jumlah, utas, detik, jumlah / detik);
		System.out.printf("per document (thread time): render %.1f ms (%.0f %%), sign %.1f ms (%.0f %%); signed PDF %.1f KB%n", render,
				100 * render / (render + tanda), tanda, 100 * tanda / (render + tanda), byte_.get() / 1024.0 / jumlah);
	}

	/** The template's data as the issuing service builds it (without the agency lookup and the message bundle). */
	private static Map<String, Object> isi(Dokumen d, String url, byte[] qr) {
		return Map.ofEntries(Map.entry("judul", "Surat Keterangan Domisili"), Map.entry("nomor", d.nomor()),
				Map.entry("kop", Map.of("pemerintah", "PEMERINTAH KOTA KUPANG", "instansi", "KECAMATAN KOTA RAJA", "unit", "KELURAHAN NAIKOTEN II")),
				Map.entry("pemegang", Map.of("nama", d.nama(), "nik", d.nik())), Map.entry("perihal", d.perihal()),
				Map.entry("isian", Map.of("Alamat", "Jl. Soeharto No. 12, RT 005/RW 002", "Keperluan surat", "Melamar kerja")),
				Map.entry("berlakuSampai", "2 Maret 2027"), Map.entry("tempat", "Kupang"), Map.entry("tanggal", "2 Desember 2026"),
				Map.entry("penandaTangan", Map.of("nama", "Yohanes Ndun, S.STP.", "nip", "198203152006041003", "jabatan", "Lurah Naikoten II")),
				Map.entry("qr", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(qr)), Map.entry("urlVerifikasi", url),
				Map.entry("keteranganTandaTangan", "Dokumen ini ditandatangani secara elektronik dengan sertifikat Pemerintah Kota."));
	}
}
