package id.kotacerdas.layanan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import id.kotacerdas.akun.DaftarStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.dokumen.DokumenBaru;
import id.kotacerdas.dokumen.DokumenTerbit;
import id.kotacerdas.dokumen.JenisDokumenBaru;
import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.dokumen.PenerbitDokumen;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.DataPemohon;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.StatusPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;
import id.kotacerdas.platform.Nip;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.Waktu;

/**
 * A completed application gets its service's product as an issued document ({@code dokumen}): the
 * kind {@code layanan.<service>} (the city's standard letter until the agency edits its template),
 * numbered in the register of the service's classification code and unit, in the applicant's name,
 * with the form's answers in its body; and the applicant downloads it from the private page.
 * <p>
 * It listens after the engine's commit, asynchronously, with no transaction of its own (the PDF is
 * stored outside one); the event stays in the publication registry until issuing succeeded, so an
 * outage is retried, and the application's code as the document's reference makes a retry return
 * the document issued before instead of a second number.
 */
@Component
class PenerbitanLayanan implements TautanPemohon {

	private static final Logger log = LoggerFactory.getLogger(PenerbitanLayanan.class);

	static final String MODUL = "layanan";

	private final KatalogLayanan katalog;

	private final PengajuanRepository pengajuan;

	private final MesinPermohonan mesin;

	private final PenerbitDokumen penerbit;

	private final DaftarOpd opd;

	private final DaftarStaf akun;

	private final Clock clock;

	PenerbitanLayanan(KatalogLayanan katalog, PengajuanRepository pengajuan, MesinPermohonan mesin, PenerbitDokumen penerbit, DaftarOpd opd,
			DaftarStaf akun, Clock clock) {
		this.clock = clock;
		this.katalog = katalog;
		this.pengajuan = pengajuan;
		this.mesin = mesin;
		this.penerbit = penerbit;
		this.opd = opd;
		this.akun = akun;
	}

	@Async
	@TransactionalEventListener
	void selesai(PermohonanBerubah e) {
		if (MODUL.equals(e.konsumenModul()) && e.status() == StatusPermohonan.SELESAI) {
			terbitkan(e.kode(), Long.parseLong(e.konsumenRef()), e.stafId());
		}
	}

	/** @param penyetujuId the account of the official who approved the last step: the signer */
	DokumenTerbit terbitkan(String kode, long layananId, Long penyetujuId) {
		JenisLayanan l = katalog.cariId(layananId).orElseThrow(() -> new IllegalStateException("no service " + layananId));
		DataPemohon d = mesin.pemohon(kode).orElseThrow(() -> new IllegalStateException("no application " + kode));
		Opd pemilik = opd.cari(l.opdId()).orElseThrow();
		String jenis = JenisLayanan.AWALAN_ALUR + l.kode();
		penerbit.tetapkanJenis(new JenisDokumenBaru(jenis, judul(l), MODUL, l.opdId(), JenisDokumenBaru.POLA_BAKU, JenisTandaTangan.LOKAL, null));
		Map<String, String> isian = new LinkedHashMap<>();
		pengajuan.cari(kode).ifPresent(pj -> pj.isian().forEach(q -> Optional.ofNullable(pj.jawaban().get(q.kode()))
			.filter(v -> !v.isBlank()).ifPresent(v -> isian.put(q.label(), jawaban(q, v)))));
		DokumenTerbit t = penerbit.terbitkan(new DokumenBaru(jenis, l.klasifikasi(), kodeUnit(l.unit(), pemilik), l.unit(), l.opdId(),
				new DokumenBaru.Pemegang(d.pemohon().nik(), d.pemohon().nama()), perihal(d.perihal()), isian, berlakuSampai(l),
				penandaTangan(l, pemilik, penyetujuId),
				null, MODUL, kode));
		log.info("Application {} completed: document {} issued", kode, t.nomor());
		return t;
	}

	/** On the private page of a completed application: its document, by a download link only that page carries. */
	@Override
	public List<Tautan> tautan(RingkasanPermohonan p, String token) {
		if (p.alurKode() == null || !p.alurKode().startsWith(JenisLayanan.AWALAN_ALUR) || p.status() != StatusPermohonan.SELESAI) {
			return List.of();
		}
		return penerbit.cariKonsumen(MODUL, p.kode())
			.map(d -> List.of(new Tautan("layanan.unduh-dokumen", penerbit.tautanUnduh(d.id()))))
			.orElse(List.of());
	}

	/** The document's title: the service's product ("Surat Keterangan Domisili"), else its name. */
	private static String judul(JenisLayanan l) {
		String produk = l.standar().produk();
		return produk == null || produk.isBlank() || produk.length() > JenisLayanan.PANJANG_NAMA ? l.nama() : produk;
	}

	/** The applicant's subject as the letter's purpose: "Surat keterangan domisili untuk melamar kerja" → "untuk melamar kerja". */
	static String perihal(String perihal) {
		int untuk = perihal.toLowerCase(Locale.ROOT).indexOf("untuk ");
		return untuk >= 0 ? perihal.substring(untuk) : "untuk keperluan: " + perihal;
	}

	/**
	 * The unit's code in the number, from its name: "Kelurahan Naikoten II" → {@code Kel.N-II}, "Kecamatan
	 * Kota Raja" → {@code Kec.KR}; without a unit the agency's short name ({@code DPMPTSP}).
	 */
	static String kodeUnit(String unit, Opd pemilik) {
		if (unit == null || unit.isBlank()) {
			String pendek = pemilik.namaPendek().replaceAll("[^A-Za-z0-9.\\-]", "");
			return pendek.isEmpty() || pendek.length() > 30 ? "OPD-" + pemilik.id() : pendek;
		}
		StringBuilder kode = new StringBuilder();
		String akhir = "";
		for (String kata : unit.trim().split("\\s+")) {
			String k = kata.toLowerCase(Locale.ROOT);
			if (kode.isEmpty() && k.equals("kelurahan")) {
				kode.append("Kel.");
			}
			else if (kode.isEmpty() && k.equals("kecamatan")) {
				kode.append("Kec.");
			}
			else if (kata.matches("[IVX]+|\\d+")) {
				akhir = "-" + kata;
			}
			else if (Character.isLetter(kata.charAt(0))) {
				kode.append(Character.toUpperCase(kata.charAt(0)));
			}
		}
		String hasil = (kode + akhir).replaceAll("[^A-Za-z0-9.\\-]", "");
		return hasil.length() > 30 ? hasil.substring(0, 30) : hasil;
	}

	/** The last day of the product's validity: the service's months from today (WITA), or null when it has no end. */
	private LocalDate berlakuSampai(JenisLayanan l) {
		Integer bulan = l.standar().masaBerlakuBulan();
		return bulan == null ? null : LocalDate.now(clock.withZone(Waktu.WITA)).plusMonths(bulan);
	}

	/**
	 * The official who approved the last step signs, by the name and NIP of their account: as head
	 * of the unit when they administer the owning agency, else on the head's behalf ("a.n."). Without
	 * a known approver (an application completed before approvers were recorded) the position alone.
	 */
	DokumenBaru.PenandaTangan penandaTangan(JenisLayanan l, Opd pemilik, Long penyetujuId) {
		String jabatan = "Kepala " + (l.unit() == null || l.unit().isBlank() ? pemilik.nama() : l.unit());
		Optional<Staf> penyetuju = penyetujuId == null ? Optional.empty() : akun.cari(penyetujuId);
		String sebagai = penyetuju.filter(s -> s.peran() != Peran.ADMIN_OPD || !Objects.equals(s.opdId(), l.opdId())).isPresent()
				? "a.n. " + jabatan : jabatan;
		return new DokumenBaru.PenandaTangan(penyetuju.map(Staf::nama).orElse(jabatan),
				penyetuju.map(Staf::nip).map(Nip::nilai).orElse(null), sebagai, null);
	}

	private static String jawaban(Isian q, String v) {
		return switch (q.jenis()) {
			case YA_TIDAK -> "ya".equals(v) ? "Ya" : "tidak".equals(v) ? "Tidak" : v;
			case TANGGAL -> {
				try {
					yield Waktu.formatTanggal(LocalDate.parse(v), Locale.forLanguageTag("id"));
				}
				catch (DateTimeParseException ex) {
					yield v;
				}
			}
			default -> v;
		};
	}
}
