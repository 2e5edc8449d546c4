package id.kotacerdas.umkm.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.permohonan.MesinPermohonan;

/**
 * The UMKM of {@code --demo}: night food stalls of Wisata Kuliner Palapa (Kelurahan Oebobo) and makers of tenun ikat
 * with the Sepe motif, registered by their owners or by the cooperatives agency for them and approved by it through
 * the engine, plus two registrations still waiting (one a likely duplicate). NIKs, numbers and NMIDs are made up.
 */
@Component
@Profile("demo")
class DataDemoUmkm {

	private static final Logger log = LoggerFactory.getLogger(DataDemoUmkm.class);

	private record Contoh(String nik, String pemilik, String telepon, String nama, String alamat, String lat, String lon, String kbli,
			String nib, String modal, String penjualan, String jam, String nmid, String toko, String keterangan, boolean dibantu, boolean setujui,
			List<Produk> produk) {
	}

	private static final String PALAPA = "Wisata Kuliner Palapa, Jl. Palapa";

	private static final String MALAM = "Mo-Su 17:00-23:00";

	private static final List<Contoh> CONTOH = List.of(
			new Contoh("5371046807820003", "Yuliana Ndun", "081237110201", "Ikan Bakar Mama Yuli", "Lapak 3, " + PALAPA, "-10.16890", "123.60200",
					"56102", "9120001234567", "40.000.000", "420.000.000", MALAM, "ID1025381100201", null,
					"Ikan kakap dan tongkol bakar dengan sambal lu'at, di deretan kuliner malam Palapa.", false, true,
					List.of(new Produk(0, "Ikan kakap bakar", 45_000, 80_000, null), new Produk(0, "Nasi dan sambal lu'at", 10_000, 10_000, null))),
			new Contoh("5371041203750002", "Bernadus Tefa", "081339220302", "Se'i Babi Om Ben", "Lapak 8, " + PALAPA, "-10.16870", "123.60230",
					"56102", null, "25.000.000", "260.000.000", MALAM, "ID1025381100302", "https://shopee.co.id/seiomben",
					"Se'i babi asap kayu kusambi, juga dikemas vakum untuk oleh-oleh.", false, true,
					List.of(new Produk(0, "Se'i babi (porsi)", 35_000, 50_000, null), new Produk(0, "Se'i vakum 500 g", 125_000, 125_000, null))),
			new Contoh("5371045509900004", "Ance Lakapu", "085238330403", "Jagung Bose Mama Ance", "Lapak 12, " + PALAPA, "-10.16905", "123.60170",
					"56104", null, "5.000.000", "60.000.000", "Mo-Sa 16:00-22:00; Su off", null, null,
					"Jagung bose dan se'i sapi dengan sayur bunga pepaya.", true, true, List.of(new Produk(0, "Jagung bose", 15_000, 25_000, null))),
			new Contoh("5371044101950001", "Nona Selan", "081237440504", "Es Kelapa Muda Nona", "Lapak 15, " + PALAPA, "-10.16860", "123.60160",
					"56304", null, "3.000.000", "45.000.000", MALAM, "ID1025381100504", null, null, false, true,
					List.of(new Produk(0, "Es kelapa muda", 12_000, 15_000, null))),
			new Contoh("5371044409680005", "Dorkas Ina Lede", "081339550605", "Tenun Ikat Sepe Ina Lede", "Jl. Frans Seda, Gang Tenun", "-10.17540",
					"123.62130", "13122", "9120005566778", "60.000.000", "350.000.000", "Mo-Sa 08:00-17:00", "ID1025381100605",
					"https://www.tokopedia.com/tenunsepeinalede", "Kain tenun ikat motif Sepe dengan pewarna alam mengkudu dan tarum.", false, true,
					List.of(new Produk(0, "Selendang tenun ikat Sepe", 250_000, 450_000, null), new Produk(0, "Kain sarung tenun ikat Sepe", 1_500_000, 3_500_000, null))),
			new Contoh("5371046002720006", "Agustina Bako", "082147660706", "Sanggar Tenun Amarasi Ina Bako", "Jl. Adi Sucipto, Liliba", "-10.16850",
					"123.64490", "13122", null, "15.000.000", "120.000.000", "Mo-Fr 09:00-16:00; Sa 09:00-12:00", null, null,
					"Kelompok penenun ibu-ibu Amarasi di Liliba: kain, selendang dan tas tenun.", true, true,
					List.of(new Produk(0, "Tas tenun ikat", 150_000, 300_000, null))),
			// still waiting: a new stall, and the same se'i stall entered again by its owner
			new Contoh("5371045712880007", "Maria Kana", "081237770807", "Pisang Gepe Kak Maria", "Lapak 20, " + PALAPA, "-10.16895", "123.60245",
					"56104", null, "2.000.000", "30.000.000", MALAM, null, null, null, false, false, List.of()),
			new Contoh("5371041203750002", "Bernadus Tefa", "081339220302", "Se'i Babi Om Ben", "Lapak 8, " + PALAPA, "-10.16870", "123.60230",
					"56102", null, "25.000.000", "260.000.000", MALAM, "ID1025381100302", null, null, false, false, List.of()));

	private final RegisterUmkm register;

	private final KatalogUmkm katalog;

	private final UsahaRepository repo;

	private final MesinPermohonan mesin;

	private final AkunStaf akun;

	DataDemoUmkm(RegisterUmkm register, KatalogUmkm katalog, UsahaRepository repo, MesinPermohonan mesin, AkunStaf akun) {
		this.register = register;
		this.katalog = katalog;
		this.repo = repo;
		this.mesin = mesin;
		this.akun = akun;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(220)
	public void isi() {
		if (repo.adaNama(CONTOH.get(0).nama())) {
			return;
		}
		Staf koperasi = register.opdVerifikasi().flatMap(o -> akun.adminOpd(o.id()).stream().findFirst()).orElse(null);
		if (koperasi == null) {
			log.warn("Demo: no administrator of the cooperatives agency, no demo UMKM");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(koperasi.username(), null, List.of()));
		try {
			for (Contoh c : CONTOH) {
				long id = register.daftar(formulir(c), List.of(), null, c.dibantu() ? koperasi : null).id();
				for (Produk p : c.produk()) {
					katalog.tambahProduk(koperasi, id, p.nama(), Long.toString(p.hargaMin()), Long.toString(p.hargaMaks()), List.of());
				}
				if (c.setujui()) {
					String kode = repo.cari(id).orElseThrow().permohonanKode();
					mesin.setujui(kode, mesin.cari(kode).orElseThrow().versi(), koperasi);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.warn("Demo: {} UMKM of Wisata Kuliner Palapa and tenun ikat Sepe makers", CONTOH.size());
	}

	private static FormulirUsaha formulir(Contoh c) {
		FormulirUsaha f = new FormulirUsaha();
		f.setNik(c.nik());
		f.setNamaPemilik(c.pemilik());
		f.setTelepon(c.telepon());
		f.setNama(c.nama());
		f.setAlamat(c.alamat());
		f.setLat(c.lat());
		f.setLon(c.lon());
		f.setKbli(c.kbli());
		f.setBentukHukum(BentukHukum.PERORANGAN.name());
		f.setNib(c.nib());
		f.setPunyaNpwp(c.nib() != null);
		f.setModal(c.modal());
		f.setPenjualan(c.penjualan());
		f.setKaryawan(c.nib() != null ? "3" : "1");
		f.setJamBuka(c.jam());
		f.setWhatsapp(c.telepon());
		f.setKeterangan(c.keterangan());
		f.setTunai(true);
		f.setQris(c.nmid() != null);
		f.setNmid(c.nmid());
		f.setTokoDaring(c.toko());
		f.setTampilPublik(true);
		return f;
	}
}
