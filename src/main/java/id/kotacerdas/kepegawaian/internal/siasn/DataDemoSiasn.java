package id.kotacerdas.kepegawaian.internal.siasn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.kepegawaian.internal.Pegawai;
import id.kotacerdas.platform.Waktu;

/**
 * A SIASN reference for the demo ({@code --demo}), taken from the demo register a week ago, with a
 * few realistic mismatches: the head of DLHK (demo account {@code dlhk}) was promoted in SIASN
 * and his master's title is missing there (two differences), one birth date was typed wrongly,
 * one legal status differs, and one employee is missing from SIASN.
 */
@Component
@Profile("demo")
class DataDemoSiasn {

	private static final Logger log = LoggerFactory.getLogger(DataDemoSiasn.class);

	/** The NIP of the demo account dlhk's own record (DataDemoKepegawaian). */
	static final String NIP_DLHK = "197805142005011003";

	private static final int UMUR_DATA_HARI = 7;

	private final SiasnRepository repo;

	private final Clock clock;

	DataDemoSiasn(SiasnRepository repo, Clock clock) {
		this.repo = repo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(130)
	@Transactional
	public void isi() {
		if (repo.rujukanTerbaru().isPresent()) {
			return;
		}
		List<Pegawai> semua = new ArrayList<>();
		repo.pegawai(null, semua::add);
		if (semua.isEmpty()) {
			return;
		}
		LocalDate tanggal = LocalDate.now(clock.withZone(Waktu.WITA)).minusDays(UMUR_DATA_HARI);
		long id = repo.rujukanBaru(tanggal, "siasn-data-utama-kota-kupang.xlsx", "demo", clock.instant());
		List<PegawaiSiasn> isi = new ArrayList<>();
		for (int n = 0; n < semua.size(); n++) {
			Pegawai p = semua.get(n);
			PegawaiSiasn s = salin(p);
			if (p.nip().equals(NIP_DLHK)) {
				s = ubah(s, "43", "S.T.", s.tanggalLahir(), s.kedudukanHukum());
			}
			else if (n == 3) {
				s = ubah(s, s.golongan(), s.gelarBelakang(), s.tanggalLahir().plusDays(1), s.kedudukanHukum());
			}
			else if (n == 7) {
				s = ubah(s, s.golongan(), s.gelarBelakang(), s.tanggalLahir(), "02");
			}
			else if (n == 11) {
				continue;
			}
			isi.add(s);
		}
		repo.tambahIsiRujukan(id, isi);
		repo.selesaiRujukan(id, isi.size(), 0);
		log.info("Demo SIASN reference: {} employees", isi.size());
	}

	private static PegawaiSiasn salin(Pegawai p) {
		return new PegawaiSiasn(p.nip(), p.nama(), p.gelarDepan(), p.gelarBelakang(), p.tempatLahir(), p.tanggalLahir(), p.jenisKelamin(),
				p.agama(), p.nik(), p.jenisPegawai(), p.kedudukanHukum(), p.tmtCpns(), p.tmtPns(), p.golongan(), p.tmtGolongan(), p.pendidikan(),
				p.jenisJabatan(), p.namaJabatan(), p.tmtJabatan());
	}

	private static PegawaiSiasn ubah(PegawaiSiasn s, String golongan, String gelarBelakang, LocalDate lahir, String kedudukan) {
		return new PegawaiSiasn(s.nip(), s.nama(), s.gelarDepan(), gelarBelakang, s.tempatLahir(), lahir, s.jenisKelamin(), s.agama(), s.nik(),
				s.jenisPegawai(), kedudukan, s.tmtCpns(), s.tmtPns(), golongan, s.tmtGolongan(), s.pendidikan(), s.jenisJabatan(),
				s.namaJabatan(), s.tmtJabatan());
	}
}
