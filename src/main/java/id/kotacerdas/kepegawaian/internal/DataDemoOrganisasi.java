package id.kotacerdas.kepegawaian.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.platform.Waktu;

/**
 * The organisation trees of DLHK and BKPPD for a first look ({@code --demo}), built on the demo
 * employee records: each tree has vacancies, one an acting holder (Plt) and one a Plh, so the
 * superior rules show. The demo account pegawai.dlhk (Yeskiel Nitbani) reports to the head of DLHK
 * (account dlhk) because the head of the cleaning division is vacant; a few of his daily reports
 * wait, are approved or returned.
 */
@Component
@Profile("demo")
class DataDemoOrganisasi {

	private static final Logger log = LoggerFactory.getLogger(DataDemoOrganisasi.class);

	/** The record of the demo account pegawai.dlhk (akun's DataDemo). */
	private static final String NIP_PEGAWAI_DEMO = "199008212014031004";

	private static final LocalDate AWAL = LocalDate.of(2024, 1, 2);

	private final OrganisasiRepository repo;

	private final LaporanHarianRepository laporan;

	private final DaftarOpd daftarOpd;

	private final Clock clock;

	DataDemoOrganisasi(OrganisasiRepository repo, LaporanHarianRepository laporan, DaftarOpd daftarOpd, Clock clock) {
		this.repo = repo;
		this.laporan = laporan;
		this.daftarOpd = daftarOpd;
		this.clock = clock;
	}

	/** After the employee records (order 120). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(130)
	@Transactional
	public void isi() {
		long dlhk = daftarOpd.cariSingkatan("DLHK").orElseThrow().id();
		if (repo.jumlahUnit(dlhk) > 0) {
			return;
		}
		if (repo.pegawaiNip(NIP_PEGAWAI_DEMO).isEmpty()) {
			// a database seeded before the demo employee pegawai.dlhk existed: no tree rather than half a one
			log.warn("Demo organisation trees skipped: the demo employee records are not all there");
			return;
		}
		LocalDate hariIni = LocalDate.now(clock.withZone(Waktu.WITA));
		Pohon d = new Pohon(dlhk);
		long dinas = d.unit("Dinas Lingkungan Hidup dan Kebersihan", null);
		long sekretariat = d.unit("Sekretariat DLHK", dinas);
		long kebersihan = d.unit("Bidang Kebersihan", dinas);
		long upt = d.unit("UPT Pengangkutan Sampah", kebersihan);
		long pencemaran = d.unit("Bidang Pengendalian Pencemaran", dinas);
		long kadis = d.jabatan(dinas, "Kepala Dinas", "1", "22", null, "Yohanes Ndun");
		d.jabatan(sekretariat, "Sekretaris Dinas", "1", "31", kadis, null);
		long kabid = d.jabatan(kebersihan, "Kepala Bidang Kebersihan", "1", "31", kadis, null);
		long kasi = d.jabatan(kebersihan, "Kepala Seksi Pengelolaan Sampah", "1", "41", kabid, "Dominggus Bolla");
		d.jabatan(kebersihan, "Pengelola Data Persampahan", "4", "99", kasi, "Orpa Lakapu");
		d.jabatan(kebersihan, "Pengawas Kebersihan Lingkungan", "4", "99", kabid, "Yeskiel Nitbani");
		long kaupt = d.jabatan(upt, "Kepala UPT Pengangkutan Sampah", "1", "42", kabid, null);
		d.jabatan(upt, "Pengemudi Truk Sampah", "4", "99", kaupt, "Melkianus Sabu");
		long kabidPencemaran = d.jabatan(pencemaran, "Kepala Bidang Pengendalian Pencemaran", "1", "31", kadis, null);
		d.jabatan(pencemaran, "Pengendali Dampak Lingkungan Ahli Pertama", "2", "99", kabidPencemaran, "Adriana Seran");
		// the section head acts as head of the vacant UPT this quarter
		repo.tambahPemangku(kaupt, d.pegawai("Dominggus Bolla"), JenisPemangku.PLT, hariIni.withDayOfMonth(1).minusMonths(1),
				hariIni.withDayOfMonth(1).plusMonths(2).minusDays(1), "800/412/DLHK/2026");

		Pohon b = new Pohon(daftarOpd.cariSingkatan("BKPPD").orElseThrow().id());
		long badan = b.unit("Badan Kepegawaian, Pendidikan dan Pelatihan Daerah", null);
		long sekBadan = b.unit("Sekretariat BKPPD", badan);
		long mutasi = b.unit("Bidang Mutasi dan Informasi", badan);
		long kompetensi = b.unit("Bidang Pengembangan Kompetensi", badan);
		long kaban = b.jabatan(badan, "Kepala Badan", "1", "22", null, "Agustinus Lay");
		long sekretaris = b.jabatan(sekBadan, "Sekretaris Badan", "1", "31", kaban, null);
		b.jabatan(sekBadan, "Pengadministrasi Kepegawaian", "4", "99", sekretaris, "Frans Tefa");
		long kabidMutasi = b.jabatan(mutasi, "Kepala Bidang Mutasi dan Informasi", "1", "31", kaban, null);
		b.jabatan(mutasi, "Kepala Subbidang Data dan Informasi Kepegawaian", "1", "41", kabidMutasi, "Maria Goreti Bere");
		long kabidKompetensi = b.jabatan(kompetensi, "Kepala Bidang Pengembangan Kompetensi", "1", "31", kaban, null);
		b.jabatan(kompetensi, "Analis Sumber Daya Manusia Aparatur Ahli Muda", "2", "99", kabidKompetensi, "Yuliana Manafe");
		// the data sub-division head stands in for the secretary for two weeks
		repo.tambahPemangku(sekretaris, b.pegawai("Maria Goreti Bere"), JenisPemangku.PLH, hariIni.minusDays(7), hariIni.plusDays(7),
				"800/77/BKPPD/2026");

		long yeskiel = d.pegawai("Yeskiel Nitbani");
		long yohanes = d.pegawai("Yohanes Ndun");
		var sekarang = clock.instant();
		laporan.tambah(new LaporanHarian(null, UUID.nameUUIDFromBytes("demo-1".getBytes()), yeskiel, dlhk, hariIni, JenisLaporan.KEBERSIHAN,
				"Membersihkan halaman kantor dan saluran air depan kantor DLHK, 07.15–07.30.", null, -10.1640, 123.6010, StatusLaporan.DIAJUKAN,
				null, 0, null, null, sekarang));
		long kemarin = laporan.tambah(new LaporanHarian(null, UUID.nameUUIDFromBytes("demo-2".getBytes()), yeskiel, dlhk,
				hariIni.minusDays(1), JenisLaporan.KEGIATAN, "Memeriksa TPS Oebobo dan Kelapa Lima; dua kontainer penuh dilaporkan ke UPT.",
				null, null, null, StatusLaporan.DIAJUKAN, null, 0, null, null, sekarang.minus(Duration.ofDays(1))));
		laporan.cari(kemarin).ifPresent(l -> laporan.ubah(l, l.setujui(yohanes, sekarang.minus(Duration.ofHours(20)))));
		long lusa = laporan.tambah(new LaporanHarian(null, UUID.nameUUIDFromBytes("demo-3".getBytes()), yeskiel, dlhk, hariIni.minusDays(2),
				JenisLaporan.KEGIATAN, "Pengawasan kebersihan pasar.", null, null, null, StatusLaporan.DIAJUKAN, null, 0, null, null,
				sekarang.minus(Duration.ofDays(2))));
		laporan.cari(lusa).ifPresent(l -> laporan.ubah(l, l.kembalikan(yohanes,
				"Sebutkan pasar mana dan apa yang ditemukan, agar dapat ditindaklanjuti.", sekarang.minus(Duration.ofDays(1)))));
		log.info("Demo organisation trees: DLHK and BKPPD");
	}

	/** One agency's tree being built, with its employees found by name. */
	private final class Pohon {

		private final long opdId;

		private final Map<String, Long> pegawai = new HashMap<>();

		Pohon(long opdId) {
			this.opdId = opdId;
			repo.pegawaiOpd(opdId).forEach(p -> pegawai.put(p.nama(), p.id()));
		}

		long pegawai(String nama) {
			Long id = pegawai.get(nama);
			if (id == null) {
				throw new IllegalStateException("demo employee missing: " + nama);
			}
			return id;
		}

		long unit(String nama, Long induk) {
			return repo.tambahUnit(opdId, induk, nama);
		}

		long jabatan(long unit, String nama, String jenis, String eselon, Long atasan, String pemangku) {
			long id = repo.tambahJabatan(opdId, unit, nama, jenis, eselon, atasan);
			if (pemangku != null) {
				repo.tambahPemangku(id, pegawai(pemangku), JenisPemangku.DEFINITIF, AWAL, null, null);
			}
			return id;
		}
	}
}
