package id.kotacerdas.kepegawaian.internal.siasn;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.kotacerdas.kepegawaian.internal.KatalogReferensi;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Nik;
import id.kotacerdas.platform.Waktu;

/** Values of the record as people read them: words for codes, dates written out, the NIK masked. */
@Component
class TampilSiasn {

	private final KatalogReferensi referensi;

	private final DaftarOpd daftarOpd;

	private final MessageSource pesan;

	TampilSiasn(KatalogReferensi referensi, DaftarOpd daftarOpd, MessageSource pesan) {
		this.referensi = referensi;
		this.daftarOpd = daftarOpd;
		this.pesan = pesan;
	}

	String isian(String isian, Locale bahasa) {
		return pesan.getMessage("siasn.isian." + isian, null, bahasa);
	}

	String pesan(MessageSourceResolvable p, Locale bahasa) {
		return pesan.getMessage(p, bahasa);
	}

	String dokumen(String dokumen, Locale bahasa) {
		return dokumen == null ? null : pesan.getMessage("siasn.dokumen." + dokumen, null, bahasa);
	}

	String nilai(String isian, Object v, Locale bahasa) {
		if (v == null) {
			return "–";
		}
		if (v instanceof LocalDate t) {
			return Waktu.formatTanggal(t, bahasa);
		}
		if ("nik".equals(isian)) {
			return Nik.sah(v.toString()) ? new Nik(v.toString()).tersamar() : "••••";
		}
		if ("opdId".equals(isian)) {
			return daftarOpd.cari((Long) v).map(Opd::nama).orElse("–");
		}
		TataLetakSiasn.Kolom k = TataLetakSiasn.kolomIsian(isian);
		if (k.kode()) {
			return referensi.cari(k.referensi(), v.toString())
				.or(() -> referensi.cari(KatalogReferensi.GOLONGAN_PPPK, KatalogReferensi.GOLONGAN.equals(k.referensi()) ? v.toString() : ""))
				.map(r -> r.label(bahasa))
				.orElse(v.toString());
		}
		return v.toString();
	}

}
