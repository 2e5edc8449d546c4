package id.kotacerdas.qris.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.audit.AuditLog;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.qris.KriteriaMerchant;

/**
 * The city's own merchant accounts (retribution points): entered from the acquirer's data by the
 * administrators of the agency that runs them (or Kominfo), audited; their payloads and stickers
 * are made from that data.
 */
@Service
class RegisterAkunKota {

	private final AkunKotaRepository repo;

	private final AuditLog audit;

	RegisterAkunKota(AkunKotaRepository repo, AuditLog audit) {
		this.repo = repo;
		this.audit = audit;
	}

	List<AkunKota> daftar(Staf staf) {
		return repo.daftar(staf.lingkupOpd());
	}

	AkunKota akun(long id, Staf staf) {
		AkunKota a = repo.cari(id).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("qris.akun.tidak-ada"));
		if (!staf.bolehMelihat(a.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "qris.akun.bukan-wewenang");
		}
		return a;
	}

	@Transactional
	AkunKota tambah(FormulirAkunKota f, Staf staf) {
		IsianDitolakException.Pemeriksa p = new IsianDitolakException.Pemeriksa();
		if (f.opdId() == null) {
			p.tolak("opdId", "qris.akun.opd-wajib");
		}
		else if (!staf.adminAtas(f.opdId())) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "qris.akun.bukan-wewenang");
		}
		String nama = teks(p, "nama", f.nama(), 25, true);
		String gui = teks(p, "gui", f.gui() == null ? null : f.gui().toUpperCase(Locale.ROOT), 32, true);
		if (gui != null && !PemeriksaQris.DOMAIN_TERBALIK.matcher(gui).matches()) {
			p.tolak("gui", "qris.akun.gui-salah");
		}
		String pan = teks(p, "pan", f.pan(), 19, false);
		if (pan != null && !pan.matches("\\d{16,19}")) {
			p.tolak("pan", "qris.akun.pan-salah");
		}
		String idMerchant = teks(p, "idMerchant", f.idMerchant(), 15, false);
		String nmid = teks(p, "nmid", f.nmid() == null ? null : f.nmid().toUpperCase(Locale.ROOT), 15, true);
		if (nmid != null && !PemeriksaQris.NMID.matcher(nmid).matches()) {
			p.tolak("nmid", "qris.akun.nmid-salah");
		}
		else if (nmid != null && repo.adaNmid(nmid)) {
			p.bentrok("nmid", "qris.akun.nmid-ada");
		}
		KriteriaMerchant kriteria = KriteriaMerchant.dari(f.kriteria());
		if (kriteria == null) {
			p.tolak("kriteria", "qris.akun.kriteria-wajib");
		}
		String mcc = teks(p, "mcc", f.mcc(), 4, true);
		if (mcc != null && !mcc.matches("\\d{4}")) {
			p.tolak("mcc", "qris.akun.mcc-salah");
		}
		String kota = teks(p, "kota", f.kota() == null ? null : f.kota().toUpperCase(Locale.ROOT), 15, true);
		String kodePos = teks(p, "kodePos", f.kodePos(), 5, false);
		if (kodePos != null && !kodePos.matches("\\d{5}")) {
			p.tolak("kodePos", "qris.akun.kode-pos-salah");
		}
		String label = teks(p, "labelTerminal", f.labelTerminal(), 25, false);
		p.lempar();
		DataMerchant d = new DataMerchant(gui, pan, idMerchant, nmid, kriteria, mcc, nama, kota, kodePos, label);
		if (!PemeriksaQris.periksa(PembuatQris.statis(d)).sah()) {
			throw new IllegalStateException("a checked account always makes a correct payload: " + nmid);
		}
		long id = repo.simpan(f.opdId(), d);
		audit.catat("qris.akun.ditambah", "qris.akun_merchant", Long.toString(id), null,
				Map.of("opdId", f.opdId(), "nama", nama, "gui", gui, "nmid", nmid, "kriteria", kriteria.name(), "mcc", mcc, "kota", kota));
		return new AkunKota(id, f.opdId(), d);
	}

	/** The trimmed text, or null when empty; refused when too long, required and missing, or outside the EMV character set. */
	private static String teks(IsianDitolakException.Pemeriksa p, String isian, String nilai, int maks, boolean wajib) {
		String t = nilai == null ? "" : nilai.strip();
		if (t.isEmpty()) {
			if (wajib) {
				p.tolak(isian, "qris.akun.wajib");
			}
			return null;
		}
		if (t.length() > maks) {
			p.tolak(isian, "qris.akun.terlalu-panjang", maks);
		}
		else if (!PemeriksaQris.ANS.matcher(t).matches()) {
			p.tolak(isian, "qris.akun.karakter");
		}
		return t;
	}
}
