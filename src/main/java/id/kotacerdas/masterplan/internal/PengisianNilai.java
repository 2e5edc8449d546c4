package id.kotacerdas.masterplan.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.berkas.BerkasBaru;
import id.kotacerdas.berkas.LayananBerkas;
import id.kotacerdas.berkas.Pemilik;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.permohonan.AlurBaru;
import id.kotacerdas.permohonan.MesinPermohonan;
import id.kotacerdas.permohonan.Pemohon;
import id.kotacerdas.permohonan.PermohonanBaru;
import id.kotacerdas.permohonan.PermohonanBerubah;
import id.kotacerdas.permohonan.RingkasanPermohonan;
import id.kotacerdas.permohonan.TandaTerimaPermohonan;
import id.kotacerdas.permohonan.TautanPemohon;
import id.kotacerdas.permohonan.TautanStaf;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/**
 * Values the responsible agency enters for an indicator, each with its proof, verified by Kominfo on the
 * staged-application engine: one step, approve (the value counts), return (another proof) or reject. Without a proof
 * nothing is stored.
 */
@Component
class PengisianNilai implements TautanStaf {

	private static final Logger log = LoggerFactory.getLogger(PengisianNilai.class);

	static final String ALUR = "masterplan.nilai-isian";

	static final Pemilik BUKTI = new Pemilik("masterplan", "bukti");

	/** What the verifier checks, and names on a return. */
	static final List<String> PERSYARATAN = List.of("Nilai sama dengan yang tertulis di bukti", "Bukti (PDF atau foto) bertanggal",
			"Tahun capaian yang benar");

	private static final int CATATAN_MAKS = 1000;

	private static final byte[] AWAL_PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

	/** numeric(20, 4) */
	private static final int DIGIT_BULAT_MAKS = 16;

	private static final int DESIMAL_MAKS = 4;

	private final MasterplanRepository repo;

	private final LayananMasterplan layanan;

	private final LayananBerkas berkas;

	private final MesinPermohonan mesin;

	private final DaftarOpd opd;

	private final AuditLog audit;

	private final MasterplanProperties properti;

	private final TransactionTemplate tx;

	private final Clock clock;

	PengisianNilai(MasterplanRepository repo, LayananMasterplan layanan, LayananBerkas berkas, MesinPermohonan mesin, DaftarOpd opd,
			AuditLog audit, MasterplanProperties properti, TransactionTemplate tx, Clock clock) {
		this.repo = repo;
		this.layanan = layanan;
		this.berkas = berkas;
		this.mesin = mesin;
		this.opd = opd;
		this.audit = audit;
		this.properti = properti;
		this.tx = tx;
		this.clock = clock;
	}

	/** Before any demo data (order 210 on) enters values. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	public void tetapkanAlur() {
		Opd verifikator = opdVerifikator();
		if (verifikator == null) {
			log.warn("No agency '{}' (kc.masterplan.opd-verifikator): entered masterplan values cannot be verified", properti.opdVerifikator());
			return;
		}
		mesin.tetapkanAlur(AlurBaru.satuTahap(ALUR, "Verifikasi nilai masterplan kota cerdas", "masterplan", "Verifikasi Kominfo",
				verifikator.id(), properti.batasHariKerja(), PERSYARATAN));
	}

	private Opd opdVerifikator() {
		return opd.cariSingkatan(properti.opdVerifikator())
			.or(() -> opd.semua().stream().filter(o -> o.nama().equalsIgnoreCase(properti.opdVerifikator())).findFirst())
			.orElse(null);
	}

	/**
	 * What an agency's staff type; text as typed, so a refused form shows it again.
	 *
	 * @param nik the NIK of the staff member entering it: the engine files every application under a person
	 */
	record Isian(String indikator, String tahun, String angka, String tanggal, String catatan, String nik) {

		Map<String, String> sebagaiPeta() {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("indikator", indikator);
			m.put("tahun", tahun);
			m.put("angka", angka);
			m.put("tanggal", tanggal);
			m.put("catatan", catatan);
			m.put("nik", nik);
			return m;
		}
	}

	/** The entered indicators this staff member may enter values for: their agency's programmes (Kominfo: all). */
	List<IndikatorProgram> bolehDiisi(Staf staf) {
		Map<Long, ProgramKerja> program = programPerId();
		return repo.indikator().stream()
			.filter(i -> !i.langsung() && staf.berwenangAtas(program.get(i.programId()).opdId()))
			.toList();
	}

	private Map<Long, ProgramKerja> programPerId() {
		Map<Long, ProgramKerja> m = new LinkedHashMap<>();
		repo.program().forEach(p -> m.put(p.id(), p));
		return m;
	}

	/**
	 * Files a value: every problem named at once (no proof is one), the proof stored outside the transaction, then the
	 * value and its application on the engine in one transaction. Nothing is stored when anything is refused.
	 *
	 * @param bukti the proof as uploaded (PDF or photo), or null
	 */
	NilaiIsian ajukan(Isian f, byte[] bukti, Staf staf) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		IndikatorProgram indikator = repo.indikator().stream().filter(i -> !i.langsung() && i.kode().equals(teks(f.indikator())))
			.findFirst().orElse(null);
		if (indikator == null) {
			p.tolak("indikator", "masterplan.isian.indikator-wajib");
		}
		else if (!staf.berwenangAtas(programPerId().get(indikator.programId()).opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "masterplan.isian.bukan-petugas");
		}
		Integer tahun = null;
		int tahunIni = layanan.tahunIni();
		try {
			tahun = Integer.valueOf(teks(f.tahun()));
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		if (tahun == null || tahun < properti.tahunAwal() || tahun > Math.min(tahunIni, MasterplanProperties.TAHUN_AKHIR)) {
			p.tolak("tahun", "masterplan.isian.tahun-salah", properti.tahunAwal(), Math.min(tahunIni, MasterplanProperties.TAHUN_AKHIR));
			tahun = null;
		}
		BigDecimal angka = angka(teks(f.angka()));
		if (angka == null) {
			p.tolak("angka", "masterplan.isian.angka-salah");
		}
		LocalDate tanggal = null;
		try {
			tanggal = LocalDate.parse(teks(f.tanggal()));
		}
		catch (DateTimeParseException ex) {
			p.tolak("tanggal", "masterplan.isian.tanggal-wajib");
		}
		if (tanggal != null && tanggal.isAfter(LocalDate.now(clock.withZone(Waktu.WITA)))) {
			p.tolak("tanggal", "masterplan.isian.tanggal-mendatang");
			tanggal = null;
		}
		String catatan = teks(f.catatan());
		if (catatan.length() > CATATAN_MAKS) {
			p.tolak("catatan", "masterplan.isian.catatan-panjang", CATATAN_MAKS);
		}
		if (!Nik.sah(teks(f.nik()))) {
			p.tolak("nik", "masterplan.isian.nik-salah");
		}
		if (staf.email() == null || staf.email().isBlank()) {
			p.tolak("nik", "masterplan.isian.tanpa-email");
		}
		if (bukti == null || bukti.length == 0) {
			p.tolak("bukti", "masterplan.isian.bukti-wajib");
		}
		p.lempar();
		BerkasBaru tersimpan = p.periksa("bukti", () -> simpanBukti(bukti));
		p.lempar();
		final int t = tahun;
		final LocalDate tgl = tanggal;
		return tx.execute(s -> {
			berkas.catat(tersimpan);
			NilaiIsian baru = new NilaiIsian(0, indikator.id(), t, angka, tgl, tersimpan.berkas().id(), catatan, NilaiIsian.Status.MENUNGGU, null,
					staf.username(), clock.instant(), null, null);
			long id = repo.tambahIsian(baru);
			TandaTerimaPermohonan tanda = mesin.ajukanDiLoket(new PermohonanBaru(ALUR, indikator.nama() + " " + t, Long.toString(id),
					new Pemohon(teks(f.nik()), staf.nama(), staf.email(), null)), staf);
			repo.tandaiPermohonan(id, tanda.kode());
			NilaiIsian hasil = repo.cariIsian(id).orElseThrow();
			audit.catat("masterplan.nilai-diajukan", "nilai_isian", Long.toString(id), null, hasil);
			return hasil;
		});
	}

	/** A PDF by its content, else a photo; the store refuses anything else. */
	private BerkasBaru simpanBukti(byte[] bukti) {
		boolean pdf = bukti.length >= AWAL_PDF.length && Arrays.equals(Arrays.copyOf(bukti, AWAL_PDF.length), AWAL_PDF);
		return pdf ? berkas.simpanDokumen(BUKTI, bukti) : berkas.simpanFoto(BUKTI, List.of(bukti)).get(0);
	}

	/** A decimal as people type it (comma or point), within the column's precision; null when it is none. */
	static BigDecimal angka(String teks) {
		if (teks.isEmpty()) {
			return null;
		}
		try {
			BigDecimal b = new BigDecimal(teks.replace(" ", "").replace(',', '.'));
			if (b.scale() > DESIMAL_MAKS || b.precision() - b.scale() > DIGIT_BULAT_MAKS) {
				return null;
			}
			return b;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Kominfo approves on the masterplan's page: the engine's approval, so its history and deadlines hold. */
	void verifikasi(long id, Staf staf) {
		NilaiIsian n = isian(id);
		RingkasanPermohonan r = mesin.cari(n.permohonanKode()).orElseThrow();
		mesin.setujui(r.kode(), r.versi(), staf);
	}

	/** Kominfo rejects on the masterplan's page, with a reason. */
	void tolak(long id, String alasan, Staf staf) {
		NilaiIsian n = isian(id);
		RingkasanPermohonan r = mesin.cari(n.permohonanKode()).orElseThrow();
		mesin.tolak(r.kode(), r.versi(), alasan, staf);
	}

	boolean bolehMemverifikasi(NilaiIsian n, Staf staf) {
		return n.permohonanKode() != null && n.status().tertunda() && mesin.bolehBertindak(n.permohonanKode(), staf);
	}

	NilaiIsian isian(long id) {
		return repo.cariIsian(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("masterplan.isian.tidak-ada"));
	}

	@ApplicationModuleListener
	void berubah(PermohonanBerubah e) {
		if (!"masterplan".equals(e.konsumenModul())) {
			return;
		}
		NilaiIsian.Status status = switch (e.status()) {
			case SELESAI -> NilaiIsian.Status.TERVERIFIKASI;
			case DITOLAK, DIBATALKAN -> NilaiIsian.Status.DITOLAK;
			case DIKEMBALIKAN -> NilaiIsian.Status.DIKEMBALIKAN;
			case DIPROSES -> NilaiIsian.Status.MENUNGGU;
		};
		repo.ubahStatus(e.kode(), status, e.stafId(), e.waktu());
	}

	/** The verifier's view of the value and its proof from the engine's page. */
	@Override
	public List<TautanPemohon.Tautan> tautan(RingkasanPermohonan p) {
		if (!ALUR.equals(p.alurKode())) {
			return List.of();
		}
		return repo.cariIsianPermohonan(p.kode())
			.map(n -> List.of(new TautanPemohon.Tautan("masterplan.tautan-staf", "/staf/masterplan/isian#isian-" + n.id())))
			.orElse(List.of());
	}

	private static String teks(String s) {
		return s == null ? "" : s.strip();
	}
}
