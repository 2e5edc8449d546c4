package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.PdfContoh;

/**
 * The demo employees' career history ({@code --demo}), after their records: each record's rank,
 * position and education as history rows with decree numbers, the rank before the current one for
 * PNS, two years of SKP ratings, and for the demo accounts' own records (dlhk, bkppd) a training and
 * generated decree scans (PDF), so the history pages show something real.
 */
@Component
@Profile("demo")
class DataDemoRiwayat {

	private static final Logger log = LoggerFactory.getLogger(DataDemoRiwayat.class);

	/** The records of the demo accounts dlhk and bkppd: their rows get scans. */
	private static final Set<String> DENGAN_SCAN = Set.of("197805142005011003", "198203172006042002");

	/** Years between the previous rank and the current one (a regular promotion). */
	private static final int TAHUN_PER_PANGKAT = 4;

	private static final String OLEH = "demo";

	private static final int BATAS = 100;

	private final PegawaiRepository pegawai;

	private final RiwayatRepository riwayat;

	private final LayananBerkas berkas;

	private final TransactionTemplate tx;

	private final Clock clock;

	DataDemoRiwayat(PegawaiRepository pegawai, RiwayatRepository riwayat, LayananBerkas berkas, TransactionTemplate tx, Clock clock) {
		this.pegawai = pegawai;
		this.riwayat = riwayat;
		this.berkas = berkas;
		this.tx = tx;
		this.clock = clock;
	}

	/** A row and, for the demo accounts' records, the text of its generated scan. */
	private record Baris(Riwayat riwayat, String scan) {
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(121)
	public void isi() {
		List<Baris> semua = new ArrayList<>();
		for (Pegawai p : pegawai.daftar(null, null, null, null, 0, BATAS).isi()) {
			if (riwayat.semua(p.id()).isEmpty()) {
				semua.addAll(untuk(p));
			}
		}
		if (semua.isEmpty()) {
			return;
		}
		// the scans are stored with no transaction open, then registered with their rows in one
		Map<Baris, BerkasBaru> scan = new java.util.IdentityHashMap<>();
		for (Baris b : semua) {
			if (b.scan() != null) {
				scan.put(b, berkas.simpanDokumen(RegisterRiwayat.PEMILIK_SK, pdf(b.scan())));
			}
		}
		tx.executeWithoutResult(status -> {
			for (Baris b : semua) {
				BerkasBaru s = scan.get(b);
				if (s != null) {
					berkas.catat(s);
				}
				riwayat.tambah(s == null ? b.riwayat() : b.riwayat().denganBerkas(s.berkas().id()), clock.instant(), OLEH);
			}
		});
		log.info("Demo career history rows: {} ({} with a scan)", semua.size(), scan.size());
	}

	private List<Baris> untuk(Pegawai p) {
		boolean scan = DENGAN_SCAN.contains(p.nip());
		boolean pns = KatalogReferensi.PNS.equals(p.jenisPegawai());
		int tahun = p.tmtGolongan().getYear();
		List<Baris> b = new ArrayList<>();
		String skGolongan = "823/" + (p.id() * 7 % 300 + 1) + "/BKPPD/" + tahun;
		b.add(new Baris(baris(p, JenisRiwayat.GOLONGAN, p.tmtGolongan(), skGolongan, p.tmtGolongan().minusMonths(1)).golongan(p.golongan()),
				scan ? "Petikan Keputusan Wali Kota Kupang Nomor " + skGolongan + " tentang Kenaikan Pangkat " + p.namaLengkap() : null));
		String sebelumnya = pns ? golonganSebelumnya(p.golongan()) : null;
		if (sebelumnya != null && p.tmtGolongan().minusYears(TAHUN_PER_PANGKAT).isAfter(p.tmtCpns())) {
			LocalDate tmt = p.tmtGolongan().minusYears(TAHUN_PER_PANGKAT);
			b.add(new Baris(baris(p, JenisRiwayat.GOLONGAN, tmt, "823/" + (p.id() * 11 % 300 + 1) + "/BKD/" + tmt.getYear(), tmt.minusMonths(1))
				.golongan(sebelumnya), null));
		}
		String skJabatan = "821.2/" + (p.id() * 13 % 300 + 1) + "/BKPPD/" + p.tmtJabatan().getYear();
		b.add(new Baris(baris(p, JenisRiwayat.JABATAN, p.tmtJabatan(), skJabatan, p.tmtJabatan().minusDays(14)).jabatan(p),
				scan ? "Keputusan Wali Kota Kupang Nomor " + skJabatan + " tentang Pengangkatan dalam Jabatan " + p.namaJabatan() : null));
		LocalDate lulus = p.tmtCpns().minusMonths(8);
		b.add(new Baris(baris(p, JenisRiwayat.PENDIDIKAN, lulus, "IJZ-" + lulus.getYear() + "-" + (1000 + p.id()), lulus)
			.pendidikan(p.pendidikan(), Integer.parseInt(p.pendidikan()) >= 40 ? "Universitas Nusa Cendana" : "SMA Negeri 1 Kupang",
					p.jurusan()), null));
		for (int t = 2024; t <= 2025; t++) {
			b.add(new Baris(baris(p, JenisRiwayat.SKP, LocalDate.of(t + 1, 1, 15), null, null).skp(t, (p.id() + t) % 3 == 0 ? "5" : "4"), null));
		}
		if (scan) {
			b.add(new Baris(baris(p, JenisRiwayat.DIKLAT, LocalDate.of(2024, 5, 6), "SERT/BPSDM-NTT/2024/" + (400 + p.id()), LocalDate.of(2024, 6, 28))
				.diklat("Pelatihan Kepemimpinan Pengawas", "BPSDM Provinsi NTT", 140, LocalDate.of(2024, 6, 28)),
					"Sertifikat Pelatihan Kepemimpinan Pengawas, BPSDM Provinsi Nusa Tenggara Timur, " + p.namaLengkap()));
		}
		return b;
	}

	/** The rank before, within the same group (III/c → III/b); none for the first of a group. */
	private static String golonganSebelumnya(String kode) {
		return kode.endsWith("1") ? null : String.valueOf(Integer.parseInt(kode) - 1);
	}

	private static Susun baris(Pegawai p, JenisRiwayat jenis, LocalDate tmt, String sk, LocalDate tanggalSk) {
		return new Susun(p.id(), jenis, tmt, sk, tanggalSk);
	}

	/** A row being built for one kind. */
	private record Susun(long pegawaiId, JenisRiwayat jenis, LocalDate tmt, String sk, LocalDate tanggalSk) {

		Riwayat golongan(String golongan) {
			return new Riwayat(null, pegawaiId, jenis, tmt, sk, tanggalSk, null, golongan, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

		Riwayat jabatan(Pegawai p) {
			return new Riwayat(null, pegawaiId, jenis, tmt, sk, tanggalSk, null, null, p.jenisJabatan(), p.namaJabatan(), p.eselon(), p.opdId(),
					p.unor(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

		Riwayat pendidikan(String tingkat, String sekolah, String jurusan) {
			return new Riwayat(null, pegawaiId, jenis, tmt, sk, tanggalSk, null, null, null, null, null, null, null, tingkat, sekolah, jurusan,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}

		Riwayat skp(int tahun, String predikat) {
			return new Riwayat(null, pegawaiId, jenis, tmt, sk, tanggalSk, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, tahun, predikat, null, null, null, null);
		}

		Riwayat diklat(String nama, String penyelenggara, int jam, LocalDate selesai) {
			return new Riwayat(null, pegawaiId, jenis, tmt, sk, tanggalSk, null, null, null, null, null, null, null, null, null, null, null, null,
					nama, penyelenggara, jam, null, null, selesai, null, null, null, null, null, null);
		}
	}

	/** A one-page decree as the demo's scan, its text in lines of 80 characters. */
	private static byte[] pdf(String teks) {
		return PdfContoh.halaman("PEMERINTAH KOTA KUPANG", List.of(teks.split("(?<=\\G.{80})")));
	}
}
