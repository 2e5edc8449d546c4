package id.kotacerdas.kepegawaian.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Waktu;

/**
 * The rules between an employee's fields, whoever enters the record: the register's form
 * ({@link RegisterPegawai}) and the SIASN import both run these, so a rule changed here applies to
 * both. Each path says a broken rule in its own words (under a form field, or as a reason on a
 * sheet row naming the column): {@link Aturan#kunciFormulir} and {@link Aturan#kunciImpor}.
 * Uniqueness of NIP and NIK is not here: each path checks it against what it has at hand.
 */
@Component
public class AturanPegawai {

	/** A rule, with the message key of each path. */
	public enum Aturan {
		NIP_TIDAK_SAH("galat.nip-tidak-sah", "siasn.alasan.nip-tidak-sah"),
		NIP_LAHIR("kepegawaian.nip.lahir-beda", "siasn.alasan.nip-lahir"),
		NIP_KELAMIN("kepegawaian.nip.kelamin-beda", "siasn.alasan.nip-kelamin"),
		TMT_CPNS_WAJIB("kepegawaian.tmt-cpns.wajib", "siasn.alasan.tmt-cpns-wajib"),
		NIP_TMT("kepegawaian.nip.tmt-beda", "siasn.alasan.nip-tmt"),
		NIK_TIDAK_SAH("kepegawaian.nik.tidak-sah", "siasn.alasan.nik-tidak-sah"),
		GOLONGAN_PNS("kepegawaian.pilihan-tidak-ada", "siasn.alasan.golongan-pns"),
		GOLONGAN_PPPK("kepegawaian.pilihan-tidak-ada", "siasn.alasan.golongan-pppk"),
		TMT_PNS_BUKAN_PNS("kepegawaian.tmt-pns.bukan-pns", "siasn.alasan.tmt-pns-bukan-pns"),
		TMT_PNS_SEBELUM_CPNS("kepegawaian.tmt-pns.sebelum-cpns", "siasn.alasan.tmt-pns-sebelum-cpns"),
		ESELON_WAJIB("kepegawaian.eselon.wajib", "siasn.alasan.eselon-wajib"),
		ESELON_HANYA_STRUKTURAL("kepegawaian.eselon.hanya-struktural", "siasn.alasan.eselon-hanya-struktural"),
		TMT_SEBELUM_LAHIR("kepegawaian.tmt.sebelum-lahir", "siasn.alasan.tmt-sebelum-lahir");

		private final String kunciFormulir;

		private final String kunciImpor;

		Aturan(String kunciFormulir, String kunciImpor) {
			this.kunciFormulir = kunciFormulir;
			this.kunciImpor = kunciImpor;
		}

		public String kunciFormulir() {
			return kunciFormulir;
		}

		public String kunciImpor() {
			return kunciImpor;
		}
	}

	/**
	 * A broken rule: the field it is shown under (a component of {@link Pegawai}) and the values
	 * the messages name, formatted for people (the NIP's date, the date entered…).
	 */
	public record Temuan(Aturan aturan, String isian, Object... argumen) {
	}

	/** Digit 15 of the NIP (index 14) is the sex: 1 male, 2 female — the codes of the sex list. */
	static final int DIGIT_KELAMIN = 14;

	private final KatalogReferensi referensi;

	AturanPegawai(KatalogReferensi referensi) {
		this.referensi = referensi;
	}

	/** The sex the NIP states, as a code of the sex list. */
	public static String kelaminNip(Nip nip) {
		return String.valueOf(nip.nilai().charAt(DIGIT_KELAMIN));
	}

	/** Every rule the record breaks, in a stable order; a field left empty is not judged here. */
	public List<Temuan> periksa(Pegawai p) {
		List<Temuan> temuan = new ArrayList<>();
		Nip nip = null;
		try {
			nip = Nip.dari(p.nip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			temuan.add(new Temuan(Aturan.NIP_TIDAK_SAH, "nip", p.nip(), ex.getMessage()));
		}
		boolean pns = KatalogReferensi.PNS.equals(p.jenisPegawai());
		if (nip != null) {
			if (!nip.tanggalLahir().equals(p.tanggalLahir())) {
				temuan.add(new Temuan(Aturan.NIP_LAHIR, "nip", Waktu.formatTanggal(nip.tanggalLahir()),
						p.tanggalLahir() == null ? "" : Waktu.formatTanggal(p.tanggalLahir())));
			}
			String kelamin = kelaminNip(nip);
			if (!kelamin.equals(p.jenisKelamin())) {
				temuan.add(new Temuan(Aturan.NIP_KELAMIN, "nip", kelamin));
			}
			if (pns && p.tmtCpns() == null) {
				temuan.add(new Temuan(Aturan.TMT_CPNS_WAJIB, "tmtCpns"));
			}
			else if (pns && !nip.pengangkatan().equals(YearMonth.from(p.tmtCpns()))) {
				temuan.add(new Temuan(Aturan.NIP_TMT, "tmtCpns", Waktu.formatBulan(nip.pengangkatan()), Waktu.formatTanggal(p.tmtCpns())));
			}
		}
		if (!Nik.sah(p.nik())) {
			temuan.add(new Temuan(Aturan.NIK_TIDAK_SAH, "nik"));
		}
		if (referensi.cari(pns ? KatalogReferensi.GOLONGAN : KatalogReferensi.GOLONGAN_PPPK, p.golongan()).isEmpty()) {
			temuan.add(new Temuan(pns ? Aturan.GOLONGAN_PNS : Aturan.GOLONGAN_PPPK, "golongan"));
		}
		if (!pns && (p.tmtPns() != null || (p.nomorSkPns() != null && !p.nomorSkPns().isBlank()))) {
			temuan.add(new Temuan(Aturan.TMT_PNS_BUKAN_PNS, "tmtPns"));
		}
		if (p.tmtPns() != null && p.tmtCpns() != null && p.tmtPns().isBefore(p.tmtCpns())) {
			temuan.add(new Temuan(Aturan.TMT_PNS_SEBELUM_CPNS, "tmtPns"));
		}
		boolean struktural = KatalogReferensi.STRUKTURAL.equals(p.jenisJabatan());
		if (struktural == KatalogReferensi.NON_ESELON.equals(p.eselon())) {
			temuan.add(new Temuan(struktural ? Aturan.ESELON_WAJIB : Aturan.ESELON_HANYA_STRUKTURAL, "eselon"));
		}
		Map<String, LocalDate> tmt = new LinkedHashMap<>();
		tmt.put("tmtCpns", p.tmtCpns());
		tmt.put("tmtGolongan", p.tmtGolongan());
		tmt.put("tmtJabatan", p.tmtJabatan());
		tmt.forEach((isian, t) -> {
			if (t != null && p.tanggalLahir() != null && !t.isAfter(p.tanggalLahir())) {
				temuan.add(new Temuan(Aturan.TMT_SEBELUM_LAHIR, isian));
			}
		});
		return temuan;
	}
}
