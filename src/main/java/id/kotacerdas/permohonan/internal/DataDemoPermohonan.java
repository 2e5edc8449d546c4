package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.SebagaiStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.TahapBaru;
import id.kotacerdas.platform.Peran;

/**
 * A flow the city really runs, before SODAMOLEK's catalogue defines it ({@code --demo}): the
 * kelurahan's "surat keterangan domisili" at Kelurahan Naikoten II (Kecamatan Kota Raja), where
 * SODAMOLEK began — front-office verification, then the lurah's approval. A few applications are
 * filed through the engine's use cases and moved along by a Kominfo administrator, so the pages
 * show every state and an overdue step.
 */
@Component
@Profile("demo")
class DataDemoPermohonan {

	private static final Logger log = LoggerFactory.getLogger(DataDemoPermohonan.class);

	static final String KODE_ALUR = "demo.domisili-naikoten-2";

	static final String UNIT = "Kelurahan Naikoten II";

	static final List<String> PERSYARATAN = List.of("Foto KTP-el pemohon", "Foto Kartu Keluarga", "Surat pengantar RT/RW");

	/** Where each demo application ends. */
	private enum Sampai {
		BARU, TAHAP_LURAH, DIKEMBALIKAN, SELESAI, DITOLAK, TERLAMBAT,
		/** Filed nine days ago and completed only now: past the published limit, as the compliance page counts it. */
		SELESAI_TERLAMBAT
	}

	private record Contoh(String nik, String nama, String email, String telepon, String perihal, Sampai sampai) {
	}

	private static final List<Contoh> CONTOH = List.of(
			new Contoh("5371054107950003", "Yuliana Mbura", "yuliana.mbura@contoh.invalid", "081237001234",
					"Surat keterangan domisili untuk melamar kerja", Sampai.BARU),
			new Contoh("5371051203880002", "Frans Lakapu", null, "085239114455", "Surat keterangan domisili untuk membuka rekening bank",
					Sampai.TAHAP_LURAH),
			new Contoh("5371056508990001", "Maria Goreti Nahak", "maria.nahak@contoh.invalid", null,
					"Surat keterangan domisili untuk pendaftaran kuliah", Sampai.DIKEMBALIKAN),
			new Contoh("5371052002750004", "Yakobus Tanesib", "yakobus.tanesib@contoh.invalid", "081339887766",
					"Surat keterangan domisili untuk mengurus BPJS", Sampai.SELESAI),
			new Contoh("5371054404010005", "Ester Lenggu", "ester.lenggu@contoh.invalid", null,
					"Surat keterangan domisili untuk usaha", Sampai.DITOLAK),
			new Contoh("5371051511920006", "Paulus Benu", "paulus.benu@contoh.invalid", "082146553322",
					"Surat keterangan domisili untuk pindah sekolah anak", Sampai.TERLAMBAT),
			new Contoh("5371055708930007", "Agustina Fanggidae", null, "081338224411", "Surat keterangan domisili untuk KIP Kuliah",
					Sampai.SELESAI),
			new Contoh("5371050306860008", "Melkianus Boimau", "melki.boimau@contoh.invalid", null,
					"Surat keterangan domisili untuk pengajuan KUR", Sampai.SELESAI),
			new Contoh("5371056212970009", "Debora Sabu", null, "085253667788", "Surat keterangan domisili untuk lamaran CPNS",
					Sampai.SELESAI_TERLAMBAT));

	private final LayananPermohonan layanan;

	private final PermohonanRepository repo;

	private final DaftarOpd opd;

	private final AkunStaf akun;

	private final Clock clock;

	DataDemoPermohonan(LayananPermohonan layanan, PermohonanRepository repo, DaftarOpd opd, AkunStaf akun, Clock clock) {
		this.layanan = layanan;
		this.repo = repo;
		this.opd = opd;
		this.akun = akun;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(210)
	public void isi() {
		if (repo.alur(KODE_ALUR).isPresent()) {
			return;
		}
		Opd kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElse(null);
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kotaRaja == null || kominfo == null) {
			log.warn("Demo: no Kecamatan Kota Raja or Kominfo administrator, no demo applications");
			return;
		}
		layanan.tetapkanAlur(new AlurBaru(KODE_ALUR, "Surat Keterangan Domisili", "demo", null, 2, List.of(
				new TahapBaru("Verifikasi berkas di front office", kotaRaja.id(), UNIT, null, 1, PERSYARATAN),
				new TahapBaru("Persetujuan dan tanda tangan Lurah", kotaRaja.id(), UNIT, Peran.ADMIN_OPD, 1, List.of()))));
		// signed in as that administrator, so the audit log names them as it would after the staff page
		SebagaiStaf.jalankan(kominfo, () -> {
			Instant sekarang = clock.instant();
			for (Contoh c : CONTOH) {
				Instant diajukan = c.sampai() == Sampai.TERLAMBAT || c.sampai() == Sampai.SELESAI_TERLAMBAT ? sekarang.minus(Duration.ofDays(9))
						: sekarang.minus(Duration.ofHours(3));
				String kode = layanan.ajukanPada(new PermohonanBaru(KODE_ALUR, c.perihal(), null,
						new Pemohon(c.nik(), c.nama(), c.email(), c.telepon())), diajukan).kode();
				jalankan(kode, c.sampai(), kominfo);
			}
		});
		log.warn("Demo: {} applications for a domicile letter at {}", CONTOH.size(), UNIT);
	}

	private void jalankan(String kode, Sampai sampai, Staf staf) {
		switch (sampai) {
			case BARU, TERLAMBAT -> {
			}
			case TAHAP_LURAH -> layanan.setujui(kode, versi(kode), staf);
			case DIKEMBALIKAN -> layanan.kembalikan(kode, versi(kode), "Surat pengantar belum ditandatangani Ketua RW.",
					List.of("Surat pengantar RT/RW"), staf);
			case SELESAI, SELESAI_TERLAMBAT -> {
				layanan.setujui(kode, versi(kode), staf);
				layanan.setujui(kode, versi(kode), staf);
			}
			case DITOLAK -> layanan.tolak(kode, versi(kode), "Alamat pada Kartu Keluarga berada di Kelurahan Oebufu, bukan Naikoten II.", staf);
		}
	}

	private int versi(String kode) {
		return layanan.cari(kode).orElseThrow().versi();
	}
}
