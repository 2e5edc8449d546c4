package id.kotacerdas.dokumen.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Waktu;

/**
 * Two letters of Kelurahan Naikoten II (Kecamatan Kota Raja) in {@code --demo}, issued and signed
 * through the module's API, one of them revoked: the staff list, a verification page of each state.
 */
@Component
@Profile("demo")
class DataDemoDokumen {

	private static final Logger log = LoggerFactory.getLogger(DataDemoDokumen.class);

	static final String KODE_JENIS = "demo.keterangan-domisili";

	private final LayananDokumen layanan;

	private final DokumenRepository repo;

	private final DaftarOpd opd;

	private final AkunStaf akun;

	private final Clock clock;

	DataDemoDokumen(LayananDokumen layanan, DokumenRepository repo, DaftarOpd opd, AkunStaf akun, Clock clock) {
		this.layanan = layanan;
		this.repo = repo;
		this.opd = opd;
		this.akun = akun;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(220)
	public void isi() {
		if (repo.jenis(KODE_JENIS).isPresent()) {
			return;
		}
		Opd kotaRaja = opd.semua().stream().filter(o -> o.nama().equals("Kecamatan Kota Raja")).findFirst().orElse(null);
		Staf kominfo = akun.adminKominfo().stream().findFirst().orElse(null);
		if (kotaRaja == null || kominfo == null) {
			log.warn("Demo: no Kecamatan Kota Raja or Kominfo administrator, no demo documents");
			return;
		}
		layanan.tetapkanJenis(new JenisDokumenBaru(KODE_JENIS, "Surat Keterangan Domisili", "dokumen", kotaRaja.id(),
				JenisDokumenBaru.POLA_BAKU, JenisTandaTangan.LOKAL, null));
		DokumenTerbit berlaku = layanan.terbitkan(surat(kotaRaja, "5371052002750004", "Yakobus Tanesib", "untuk mengurus BPJS Kesehatan",
				"Jl. Frans Seda No. 7, RT 003/RW 001", "demo-1"));
		DokumenTerbit dicabut = layanan.terbitkan(surat(kotaRaja, "5371054404010005", "Ester Lenggu", "untuk keperluan usaha",
				"Jl. Amabi No. 21, RT 010/RW 004", "demo-2"));
		SebagaiStaf.jalankan(kominfo, () -> layanan.cabut(dicabut.id(), "Pemegang ternyata berdomisili di Kelurahan Oebufu; surat diganti.",
				kominfo));
		log.warn("Demo: documents {} (valid, {}) and {} (revoked)", berlaku.nomor(), berlaku.urlVerifikasi(), dicabut.nomor());
	}

	private DokumenBaru surat(Opd kotaRaja, String nik, String nama, String perihal, String alamat, String ref) {
		Map<String, String> isian = new LinkedHashMap<>();
		isian.put("Alamat", alamat + ", Kelurahan Naikoten II, Kecamatan Kota Raja");
		return new DokumenBaru(KODE_JENIS, "470", "Kel.NK-II", "Kelurahan Naikoten II", kotaRaja.id(), new DokumenBaru.Pemegang(nik, nama),
				perihal, isian, Waktu.wita(clock.instant()).toLocalDate().plusMonths(3),
				new DokumenBaru.PenandaTangan("Yohanes Ndun, S.STP.", "198203152006041003", "Lurah Naikoten II", null), null, "dokumen", ref);
	}
}
