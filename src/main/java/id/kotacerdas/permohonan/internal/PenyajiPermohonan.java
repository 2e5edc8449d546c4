package id.kotacerdas.permohonan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.kotacerdas.kalender.KalenderKerja;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.Tindakan;

/** What the tracking page and the staff's detail page show of an application, in people's words. */
@Component
class PenyajiPermohonan {

	/** Where a step of the flow stands for this application. */
	public enum Keadaan {
		LEWAT, SEKARANG, BERHENTI, NANTI;

		public String kodePesan() {
			return "permohonan.tahap." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	record Langkah(int urutan, String nama, String penanggungJawab, int batasHariKerja, Keadaan keadaan, List<String> persyaratan) {
	}

	record Jejak(Instant waktu, Tindakan tindakan, String tahapNama, String teks, List<String> kekurangan, String namaPelaku) {
	}

	record Tampilan(String kode, String alurNama, StatusPermohonan status, int tahapKe, int jumlahTahap, String tahapNama,
			String penanggungJawab, int hariTerpakai, int batasHariKerja, int hariTahapTerpakai, int batasTahap, Instant tenggatTahap,
			boolean terlambat, List<String> kekurangan, String alasan, Instant diajukanPada, Instant selesaiPada, List<Langkah> tahap,
			List<Jejak> riwayat, int versi) {
	}

	private final LayananPermohonan layanan;

	private final KalenderKerja kalender;

	private final DaftarOpd opd;

	private final Clock clock;

	PenyajiPermohonan(LayananPermohonan layanan, KalenderKerja kalender, DaftarOpd opd, Clock clock) {
		this.layanan = layanan;
		this.kalender = kalender;
		this.opd = opd;
		this.clock = clock;
	}

	Tampilan tampilan(Permohonan p) {
		Instant sekarang = clock.instant();
		Alur alur = p.alur();
		Permohonan.Keadaan k = p.keadaan();
		List<Langkah> tahap = alur.tahap().stream()
			.map(t -> new Langkah(t.urutan(), t.nama(), penanggungJawab(t), t.batasHariKerja(), keadaan(t.urutan(), p), t.persyaratan()))
			.toList();
		List<Jejak> riwayat = layanan.riwayat(p).stream()
			.map(r -> new Jejak(r.waktu(), r.tindakan(), alur.tahap(r.tahapKe()).nama(), r.teks(), r.kekurangan(), r.pelaku().nama()))
			.toList();
		return new Tampilan(p.kode(), alur.nama(), p.status(), p.tahapKe(), alur.jumlahTahap(), p.tahap().nama(), penanggungJawab(p.tahap()),
				p.hariTerpakai(sekarang, kalender), alur.batasHariKerja(), p.hariTahapTerpakai(sekarang, kalender), p.tahap().batasHariKerja(),
				k.tenggatTahap, p.terlambat(sekarang), k.kekurangan, k.alasan, p.isi().diajukanPada(), k.selesaiPada, tahap, riwayat, k.versi);
	}

	/** The unit, and the agency it belongs to, by short name. */
	String penanggungJawab(Alur.Tahap t) {
		String agensi = opd.cari(t.opdId()).map(o -> o.nama()).orElse("");
		return t.unit() == null ? agensi : t.unit() + ", " + agensi;
	}

	private static Keadaan keadaan(int urutan, Permohonan p) {
		if (urutan < p.tahapKe() || p.status() == StatusPermohonan.SELESAI) {
			return Keadaan.LEWAT;
		}
		if (urutan > p.tahapKe()) {
			return Keadaan.NANTI;
		}
		return p.status().terbuka() ? Keadaan.SEKARANG : Keadaan.BERHENTI;
	}
}
