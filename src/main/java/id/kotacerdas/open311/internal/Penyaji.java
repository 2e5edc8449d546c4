package id.kotacerdas.open311.internal;

import static id.kotacerdas.open311.internal.Dokumen.nilai;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kotacerdas.pengaduan.Kategori;
import id.kotacerdas.pengaduan.PembaruanPublik;
import id.kotacerdas.pengaduan.PengaduanPublik;
import id.kotacerdas.pengaduan.Pertanyaan;
import id.kotacerdas.pengaduan.StatusPengaduan;
import id.kotacerdas.platform.Waktu;
import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;

/** Turns categories, reports and updates into GeoReport v2 documents. Only public data goes in. */
@Component
class Penyaji {

	static final String SPESIFIKASI = "http://wiki.open311.org/GeoReport_v2";

	private final Wilayah wilayah;

	private final MessageSource pesan;

	Penyaji(Wilayah wilayah, MessageSource pesan) {
		this.wilayah = wilayah;
		this.pesan = pesan;
	}

	/** ISO 8601 in WITA, to the second: {@code 2026-11-22T14:05:00+08:00}. */
	static String waktu(Instant waktu) {
		return waktu == null ? null
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Waktu.wita(waktu).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
	}

	/** {@code open}: still needs work on the staff side; {@code closed}: resolved, closed or refused. */
	static String status(StatusPengaduan s) {
		return s.terbuka() ? "open" : "closed";
	}

	/** Our workflow in FixMyStreet's extended status vocabulary. */
	static String statusLuas(StatusPengaduan s) {
		return switch (s) {
			case BARU -> "OPEN";
			case DIVERIFIKASI -> "INVESTIGATING";
			case DIPROSES -> "IN_PROGRESS";
			case SELESAI -> "FIXED";
			case DITUTUP -> "CLOSED";
			case DITOLAK -> "NO_FURTHER_ACTION";
			case DIBUKA_KEMBALI -> "REOPEN";
			case BUKAN_WEWENANG -> "INTERNAL_REFERRAL";
		};
	}

	record Titik(String url, String jenis) {
	}

	Dokumen discovery(String changeset, String kontak, String layananKunci, List<Titik> titik) {
		List<Dokumen> endpoint = titik.stream().map(t -> (Dokumen) new Dokumen.Objek("endpoint", nilai("specification", SPESIFIKASI),
				nilai("url", t.url()), nilai("changeset", changeset), nilai("type", t.jenis()),
				new Dokumen.Daftar("formats", List.of(nilai("format", Format.XML.mime()), nilai("format", Format.JSON.mime())))))
			.toList();
		return new Dokumen.Objek("discovery", nilai("changeset", changeset), nilai("contact", kontak),
				nilai("key_service", layananKunci), new Dokumen.Daftar("endpoints", endpoint));
	}

	Dokumen layanan(List<Kategori> kategori) {
		return new Dokumen.Daftar("services", kategori.stream().map(k -> new Dokumen.Objek("service", nilai("service_code", k.kode()),
				nilai("service_name", k.nama()), nilai("description", k.keterangan()), nilai("metadata", !k.pertanyaan().isEmpty() || k.asetJenis() != null),
				nilai("type", "realtime"), nilai("keywords", k.kataKunci()), nilai("group", k.opdNama()))).toList());
	}

	/** Attributes in the category's order, numbered 1, 2, … so {@code order} is positive and unique. */
	Dokumen definisi(Kategori k, Locale locale) {
		List<Pertanyaan> urut = k.pertanyaan().stream().sorted(java.util.Comparator.comparingInt(Pertanyaan::urutan)).toList();
		List<Dokumen> atribut = new ArrayList<>();
		for (int i = 0; i < urut.size(); i++) {
			Pertanyaan q = urut.get(i);
			String jenis = jenisData(q.jenis());
			atribut.add(new Dokumen.Objek("attribute", nilai("variable", true), nilai("code", q.kode()), nilai("datatype", jenis),
					nilai("required", q.wajib()), nilai("datatype_description", pesan.getMessage("open311.jenis." + jenis, null, locale)),
					nilai("order", i + 1), nilai("description", q.teks()),
					new Dokumen.Daftar("values", q.pilihan().stream()
						.map(p -> new Dokumen.Objek("value", nilai("key", p.kunci()), nilai("name", p.nama()))).toList())));
		}
		if (k.asetJenis() != null) {
			// the city asset the report is about (pole, road segment, hotspot), as LaporanBaru.asetId takes it
			atribut.add(new Dokumen.Objek("attribute", nilai("variable", true), nilai("code", Open311Service.ATRIBUT_ASET), nilai("datatype", "string"),
					nilai("required", false), nilai("datatype_description", pesan.getMessage("open311.jenis.string", null, locale)),
					nilai("order", urut.size() + 1), nilai("description", pesan.getMessage("open311.atribut-aset", null, locale)),
					new Dokumen.Daftar("values", List.of())));
		}
		return new Dokumen.Objek("service_definition", nilai("service_code", k.kode()), new Dokumen.Daftar("attributes", atribut));
	}

	private static String jenisData(Pertanyaan.JenisJawaban j) {
		return switch (j) {
			case TEKS -> "string";
			case ANGKA -> "number";
			case TANGGAL -> "datetime";
			case PILIHAN_TUNGGAL -> "singlevaluelist";
			case PILIHAN_GANDA -> "multivaluelist";
		};
	}

	/**
	 * @param mediaKlien media URLs clients sent with their requests, by tracking number
	 * @param ekstensi add {@code extended_attributes} (our richer status, place, support count)
	 */
	Dokumen permintaan(List<PengaduanPublik> daftar, Map<String, String> mediaKlien, Map<String, Kategori> kategori,
			String urlDasar, boolean ekstensi, Locale locale) {
		return new Dokumen.Daftar("service_requests",
				daftar.stream().map(p -> satu(p, mediaKlien.get(p.nomor()), kategori.get(p.kategoriKode()), urlDasar, ekstensi, locale))
					.toList());
	}

	private Dokumen satu(PengaduanPublik p, String mediaKlien, Kategori kategori, String urlDasar, boolean ekstensi, Locale locale) {
		String alamat = p.alamat() == null || p.alamat().isBlank()
				? String.join(", ", List.of(p.kelurahanNama(), p.kecamatanNama()).stream().filter(s -> !s.isBlank()).toList())
				: p.alamat();
		String kodepos = p.kelurahanKode() == null ? null : wilayah.kelurahan(p.kelurahanKode()).map(Kelurahan::kodepos).orElse(null);
		String media = p.foto().isEmpty() ? mediaKlien : urlDasar + p.foto().get(0);
		List<Dokumen> isi = new ArrayList<>(List.of(nilai("service_request_id", p.nomor()), nilai("status", status(p.status())),
				nilai("status_notes", p.catatanStatus()), nilai("service_name", p.kategoriNama()),
				nilai("service_code", p.kategoriKode()), nilai("description", p.deskripsi()),
				nilai("agency_responsible", p.opdNama()),
				nilai("service_notice", kategori == null ? null : pemberitahuan(kategori, locale)),
				nilai("requested_datetime", waktu(p.diterima())), nilai("updated_datetime", waktu(p.diperbarui())),
				nilai("expected_datetime", waktu(p.tenggat())), nilai("address", alamat), nilai("address_id", p.kelurahanKode()),
				nilai("zipcode", kodepos), nilai("lat", p.lat()), nilai("long", p.lon()), nilai("media_url", media)));
		if (ekstensi) {
			List<Dokumen> foto = p.foto().stream().map(f -> (Dokumen) nilai("media_url", urlDasar + f)).toList();
			isi.add(new Dokumen.Objek("extended_attributes", nilai("status_extended", statusLuas(p.status())),
					nilai("status_pengaduan", p.status().name()), nilai("kelurahan", p.kelurahanNama()),
					nilai("kecamatan", p.kecamatanNama()), nilai("support_count", p.jumlahDukungan()),
					new Dokumen.Daftar("media_urls", foto)));
		}
		return new Dokumen.Objek("request", isi);
	}

	/** What the city will do: the agency and its working-day target. */
	String pemberitahuan(Kategori k, Locale locale) {
		return pesan.getMessage("open311.pemberitahuan", new Object[] { k.opdNama() == null ? "" : k.opdNama(), k.slaHariKerja() },
				locale);
	}

	Dokumen diajukan(String nomor, String pemberitahuan, String akun) {
		return new Dokumen.Daftar("service_requests", List.of(new Dokumen.Objek("request", nilai("service_request_id", nomor),
				nilai("service_notice", pemberitahuan), nilai("account_id", akun))));
	}

	Dokumen pembaruan(List<PembaruanPublik> daftar) {
		return new Dokumen.Daftar("service_requests_updates", daftar.stream().map(u -> new Dokumen.Objek("request_update",
				nilai("update_id", String.valueOf(u.id())), nilai("service_request_id", u.nomor()),
				nilai("status", statusLuas(u.status())), nilai("updated_datetime", waktu(u.waktu())), nilai("description", u.teks()),
				nilai("media_url", null), nilai("external_status_code", u.status().name()),
				new Dokumen.Objek("extended_attributes", nilai("status_open311", status(u.status())),
						nilai("status_pengaduan", u.status().name()))))
			.toList());
	}

	Dokumen pembaruanDiterima(String updateId) {
		return new Dokumen.Daftar("service_request_updates",
				List.of(new Dokumen.Objek("request_update", nilai("update_id", updateId))));
	}
}
