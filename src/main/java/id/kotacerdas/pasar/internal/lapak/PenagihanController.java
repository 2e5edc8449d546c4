package id.kotacerdas.pasar.internal.lapak;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.pasar.internal.KunjunganHarga;
import id.kotacerdas.pasar.UsahaPedagang;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The collector's pages: scan a stall's card (a photo the server reads) or type its number, then
 * record today's retribution and a few prices on the stall's page. Plain forms: they work on a
 * cheap phone without scripts.
 */
@Controller
@RequestMapping("/staf/pasar/lapak")
@PreAuthorize(Peran.Akses.STAF)
class PenagihanController {

	private final RegisterLapak register;

	private final PenagihanRetribusi penagihan;

	private final LaporanRetribusi laporan;

	private final KartuLapak kartu;

	private final KunjunganHarga harga;

	private final LapakRepository repo;

	private final MessageSource pesan;

	/** The trader's business, when a module (the UMKM registry) knows it. */
	private final List<UsahaPedagang> usahaPedagang;

	PenagihanController(RegisterLapak register, PenagihanRetribusi penagihan, LaporanRetribusi laporan, KartuLapak kartu,
			KunjunganHarga harga, LapakRepository repo, MessageSource pesan, List<UsahaPedagang> usahaPedagang) {
		this.usahaPedagang = usahaPedagang;
		this.register = register;
		this.penagihan = penagihan;
		this.laporan = laporan;
		this.kartu = kartu;
		this.harga = harga;
		this.repo = repo;
		this.pesan = pesan;
	}

	/** Everyone's menu leads here: staff of other agencies read whose work this is instead of a refusal. */
	@GetMapping
	String beranda(Staf staf, Model model) {
		if (!register.bolehMelihat(staf)) {
			model.addAttribute("namaOpd", harga.namaOpd());
			return "pasar/lapak/bukan-petugas";
		}
		return beranda(staf, Map.of(), Map.of(), model);
	}

	/** The photo of a card: the server finds the QR and opens the stall it names. */
	@PostMapping("/pindai")
	String pindai(@RequestParam(required = false) MultipartFile foto, Staf staf, Model model, Locale bahasa, HttpServletResponse jawaban)
			throws IOException {
		register.pastikanMelihat(staf);
		try {
			if (foto == null || foto.isEmpty()) {
				throw new PermintaanDitolakException("pasar.lapak.pindai.tanpa-foto");
			}
			String isi = kartu.baca(foto.getBytes());
			long id = KartuLapak.lapakDari(isi).orElseThrow(() -> new PermintaanDitolakException("pasar.lapak.pindai.bukan-kartu"));
			return "redirect:" + Lapak.jalur(register.lapak(id).id());
		}
		catch (PermintaanDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return beranda(staf, Map.of(), Map.of("foto", pesan.getMessage(ex.kodePesan(), ex.argumen(), bahasa)), model);
		}
	}

	/** The fallback when the camera fails: market and stall number typed. */
	@GetMapping("/cari")
	String cari(@RequestParam(required = false) Long pasar, @RequestParam(required = false) String nomor, Staf staf, Model model,
			Locale bahasa, HttpServletResponse jawaban) {
		register.pastikanMelihat(staf);
		try {
			return "redirect:" + Lapak.jalur(register.cari(pasar, nomor).id());
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			Map<String, String> nilai = new HashMap<>();
			nilai.put("nomor", nomor == null ? "" : nomor);
			nilai.put("pasar", pasar == null ? "" : pasar.toString());
			return beranda(staf, nilai, ex.pesan(pesan, bahasa), model);
		}
	}

	private String beranda(Staf staf, Map<String, String> nilai, Map<String, String> galat, Model model) {
		register.pastikanMelihat(staf);
		var hariIni = harga.hariIni();
		model.addAttribute("daftarPasar", repo.pasar());
		model.addAttribute("ringkas", laporan.ringkasHari(hariIni));
		model.addAttribute("tanggal", Waktu.formatTanggal(hariIni));
		model.addAttribute("bolehMengubah", register.bolehMengubah(staf));
		model.addAttribute("sisiFoto", KartuLapak.SISI_BACA);
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		return "pasar/lapak/beranda";
	}

	@GetMapping("/{id:\\d+}")
	String lapak(@PathVariable long id, Staf staf, Model model, Locale bahasa) {
		register.pastikanMelihat(staf);
		Lapak l = register.lapak(id);
		return halamanLapak(l, staf, isianAwal(l), Map.of(), List.of(), model, bahasa);
	}

	@PostMapping("/{id:\\d+}")
	String bayar(@PathVariable long id, @RequestParam Map<String, String> isian, Staf staf, Model model, Locale bahasa,
			RedirectAttributes redirect, HttpServletResponse jawaban) {
		List<PenagihanRetribusi.BarisHarga> baris = new ArrayList<>();
		for (int i = 1; i <= PenagihanRetribusi.BARIS_HARGA; i++) {
			baris.add(new PenagihanRetribusi.BarisHarga(isian.get("komoditas" + i), isian.get("harga" + i), "ya".equals(isian.get("konfirmasi" + i))));
		}
		PenagihanRetribusi.HasilKunjungan hasil;
		try {
			hasil = penagihan.catat(staf, id, isian.get("jumlah"), isian.get("cara"), baris);
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return halamanLapak(register.lapak(id), staf, isian, ex.pesan(pesan, bahasa), List.of(), model, bahasa);
		}
		if (hasil.adaPertanyaan()) {
			// the payment is stored; the prices the rule doubts come back to confirm, the rest as sent
			model.addAttribute("tersimpan", true);
			return halamanLapak(register.lapak(id), staf, isian, Map.of(), hasil.harga(), model, bahasa);
		}
		redirect.addFlashAttribute("tersimpan", true);
		redirect.addFlashAttribute("hargaTersimpan", hasil.harga().size());
		return "redirect:" + Lapak.jalur(id);
	}

	private Map<String, String> isianAwal(Lapak l) {
		return penagihan.hariIni(l.id())
			.map(r -> Map.of("jumlah", Long.toString(r.jumlah()), "cara", r.cara().name()))
			.orElse(Map.of("jumlah", Long.toString(l.tarif()), "cara", CaraBayar.TUNAI.name()));
	}

	private String halamanLapak(Lapak l, Staf staf, Map<String, String> nilai, Map<String, String> galat, List<KunjunganHarga.Hasil> tanya,
			Model model, Locale bahasa) {
		model.addAttribute("lapak", l);
		model.addAttribute("usaha", l.nikPedagang() == null ? null
				: usahaPedagang.stream().flatMap(u -> u.untukNik(l.nikPedagang()).stream()).findFirst().orElse(null));
		model.addAttribute("hariIni", Waktu.formatTanggal(harga.hariIni()));
		model.addAttribute("dibayar", penagihan.hariIni(l.id()).orElse(null));
		model.addAttribute("bolehMengubah", register.bolehMengubah(staf));
		model.addAttribute("komoditas", harga.komoditas());
		model.addAttribute("barisHarga", IntStream.rangeClosed(1, PenagihanRetribusi.BARIS_HARGA).boxed().toList());
		model.addAttribute("caraBayar", CaraBayar.values());
		model.addAttribute("nilai", nilai);
		model.addAttribute("galat", galat);
		// the doubted prices by commodity id: the row holding that commodity shows the reasons and a confirm box
		Map<String, List<String>> pertanyaan = new HashMap<>();
		for (KunjunganHarga.Hasil h : tanya) {
			if (!h.tersimpan()) {
				pertanyaan.put(Long.toString(h.komoditasId()), h.alasan().stream().map(a -> pesan.getMessage(a, bahasa)).toList());
			}
		}
		model.addAttribute("pertanyaan", pertanyaan);
		return "pasar/lapak/lapak";
	}

	/** One card as a picture, to show on the collector's phone or print alone. */
	@GetMapping("/{id:\\d+}/kartu.png")
	ResponseEntity<byte[]> kartuPng(@PathVariable long id, Staf staf, Locale bahasa) {
		register.pastikanMelihat(staf);
		Lapak l = register.lapak(id);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline; filename=\"kartu-lapak-" + l.id() + ".png\"")
			.body(kartu.png(l, bahasa));
	}
}
