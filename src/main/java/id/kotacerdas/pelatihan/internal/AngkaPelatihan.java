package id.kotacerdas.pelatihan.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Waktu;

/** The figures in words: a row per year, month, kelurahan or topic, with the attendance rate and the follow-up outcomes. */
@Component
class AngkaPelatihan {

	private final PelatihanRepository repo;

	private final PenyajiPelatihan penyaji;

	private final Clock clock;

	AngkaPelatihan(PelatihanRepository repo, PenyajiPelatihan penyaji, Clock clock) {
		this.repo = repo;
		this.penyaji = penyaji;
		this.clock = clock;
	}

	record Baris(String label, Rekaman.Angka a) {

		/** Attended out of signed up, in percentage points. */
		public double persenHadir() {
			return a.terdaftar() == 0 ? 0 : 100.0 * a.hadir() / a.terdaftar();
		}

		public long terdaftar() {
			return a.terdaftar();
		}

		public long hadir() {
			return a.hadir();
		}

		public long dilatih() {
			return a.dilatih();
		}

		public long dijawab() {
			return a.tindakLanjutDijawab();
		}

		public long jualOnline() {
			return a.jualOnline();
		}

		public long pakaiQris() {
			return a.pakaiQris();
		}

		public long tokoDaring() {
			return a.tokoDaring();
		}
	}

	List<Baris> hitung(PelatihanRepository.Per per, Locale bahasa) {
		return repo.angka(per, clock.instant()).stream().map(a -> new Baris(label(per, a.kelompok(), bahasa), a)).toList();
	}

	PelatihanRepository.Dilatih dilatih() {
		return repo.dilatih(clock.instant());
	}

	private String label(PelatihanRepository.Per per, String kelompok, Locale bahasa) {
		return switch (per) {
			case TAHUN -> kelompok;
			case BULAN -> Waktu.formatBulan(YearMonth.parse(kelompok));
			case KELURAHAN -> penyaji.namaKelurahan(kelompok);
			case TOPIK -> penyaji.topik(Topik.valueOf(kelompok), bahasa);
		};
	}
}
