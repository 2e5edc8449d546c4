package id.kotacerdas.pasar.internal.lapak;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.pasar.internal.KunjunganHarga;
import id.kotacerdas.pasar.internal.lapak.LapakRepository.LapakHari;
import id.kotacerdas.pasar.internal.lapak.LapakRepository.PasarLapak;
import id.kotacerdas.platform.IsianDitolakException;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;
import jakarta.servlet.http.HttpServletResponse;

/** The stall register of a market with its card sheet, and the retribution reports with their exports. */
@Controller
@RequestMapping("/staf/pasar/lapak")
@PreAuthorize(Peran.Akses.STAF)
class LapakController {

	private final RegisterLapak register;

	private final LaporanRetribusi laporan;

	private final KartuLapak kartu;

	private final KunjunganHarga harga;

	private final PenulisEkspor ekspor;

	private final MessageSource pesan;

	private final RetribusiQris qris;

	/** Unmatched QRIS payments shown on the month's report: the newest; older ones are settled or in the acquirer's statement. */
	static final int QRIS_BELUM_COCOK = 50;

	LapakController(RegisterLapak register, LaporanRetribusi laporan, KartuLapak kartu, KunjunganHarga harga, PenulisEkspor ekspor,
			MessageSource pesan, RetribusiQris qris) {
		this.qris = qris;
		this.register = register;
		this.laporan = laporan;
		this.kartu = kartu;
		this.harga = harga;
		this.ekspor = ekspor;
		this.pesan = pesan;
	}

	@GetMapping("/pasar/{pasarId}")
	String daftar(@PathVariable long pasarId, Staf staf, Model model) {
		register.pastikanMelihat(staf);
		model.addAttribute("pasar", register.pasar(pasarId));
		model.addAttribute("daftar", register.daftar(pasarId));
		model.addAttribute("bolehMengubah", register.bolehMengubah(staf));
		return "pasar/lapak/daftar";
	}

	@GetMapping("/pasar/{pasarId}/baru")
	String baru(@PathVariable long pasarId, Staf staf, Model model) {
		register.pastikanMengubah(staf);
		return formulir(register.pasar(pasarId), null, FormulirLapak.baru(register.tarifUsulan(pasarId)), Map.of(), model);
	}

	@GetMapping("/{id:\\d+}/ubah")
	String ubah(@PathVariable long id, Staf staf, Model model) {
		register.pastikanMengubah(staf);
		Lapak l = register.lapak(id);
		return formulir(register.pasar(l.pasarId()), l, FormulirLapak.dari(l), Map.of(), model);
	}

	/** On any refusal (400, or 409 for a number already taken) the form comes back as typed, every problem under its field. */
	@PostMapping("/pasar/{pasarId}/baru")
	String tambah(@PathVariable long pasarId, @ModelAttribute("formulir") FormulirLapak f, Staf staf, Model model, Locale bahasa,
			RedirectAttributes redirect, HttpServletResponse jawaban) {
		try {
			Lapak l = register.tambah(staf, pasarId, f);
			redirect.addFlashAttribute("tersimpan", l.nomor());
			return "redirect:/staf/pasar/lapak/pasar/" + pasarId;
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			return formulir(register.pasar(pasarId), null, f, ex.pesan(pesan, bahasa), model);
		}
	}

	@PostMapping("/{id:\\d+}/ubah")
	String simpan(@PathVariable long id, @ModelAttribute("formulir") FormulirLapak f, Staf staf, Model model, Locale bahasa,
			RedirectAttributes redirect, HttpServletResponse jawaban) {
		try {
			Lapak l = register.ubah(staf, id, f);
			redirect.addFlashAttribute("tersimpan", l.nomor());
			return "redirect:/staf/pasar/lapak/pasar/" + l.pasarId();
		}
		catch (IsianDitolakException ex) {
			jawaban.setStatus(ex.status().value());
			Lapak l = register.lapak(id);
			return formulir(register.pasar(l.pasarId()), l, f, ex.pesan(pesan, bahasa), model);
		}
	}

	private String formulir(PasarLapak pasar, Lapak lapak, FormulirLapak f, Map<String, String> galat, Model model) {
		model.addAttribute("pasar", pasar);
		model.addAttribute("lapak", lapak);
		model.addAttribute("formulir", f);
		model.addAttribute("galat", galat);
		model.addAttribute("nomorMaks", RegisterLapak.NOMOR_MAKS);
		model.addAttribute("teksMaks", RegisterLapak.TEKS_MAKS);
		return "pasar/lapak/formulir";
	}

	/** The market's cards on A4, eight to a page. */
	@GetMapping("/pasar/{pasarId}/kartu.pdf")
	ResponseEntity<byte[]> kartuPdf(@PathVariable long pasarId, Staf staf, Locale bahasa) {
		register.pastikanMelihat(staf);
		PasarLapak pasar = register.pasar(pasarId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline; filename=\"kartu-lapak-" + pasarId + ".pdf\"")
			.body(kartu.pdf(pasar.nama(), register.daftar(pasarId), bahasa));
	}

	@GetMapping("/pasar/{pasarId}/hari")
	String hari(@PathVariable long pasarId, @RequestParam(required = false) String tanggal, Staf staf, Model model) {
		LaporanRetribusi.Hari h = hariDiminta(pasarId, tanggal, staf);
		model.addAttribute("h", h);
		model.addAttribute("tanggalTeks", Waktu.formatTanggal(h.tanggal()));
		model.addAttribute("hariIni", harga.hariIni());
		return "pasar/lapak/hari";
	}

	@GetMapping("/pasar/{pasarId}/hari.{format}")
	void unduhHari(@PathVariable long pasarId, @PathVariable FormatEkspor format, @RequestParam(required = false) String tanggal, Staf staf,
			HttpServletResponse jawaban) {
		LaporanRetribusi.Hari h = hariDiminta(pasarId, tanggal, staf);
		List<Kolom<LapakHari>> kolom = List.of(
				Kolom.<LapakHari>teks("pasar.lapak.nomor", b -> b.lapak().nomor()),
				Kolom.<LapakHari>teks("pasar.lapak.pedagang", b -> b.lapak().pedagang()),
				Kolom.<LapakHari>rupiah("pasar.lapak.tarif", b -> b.lapak().tarif()),
				Kolom.<LapakHari>teks("pasar.lapak.hari.status", b -> Kolom.pesan(b.retribusi() != null ? "pasar.lapak.hari.lunas"
						: b.lapak().wajibBayar() ? "pasar.lapak.hari.belum" : "pasar.lapak.hari.tidak-wajib")),
				Kolom.<LapakHari>rupiah("pasar.lapak.bayar.jumlah", b -> b.retribusi() == null ? null : b.retribusi().jumlah()),
				Kolom.<LapakHari>teks("pasar.lapak.bayar.cara", b -> b.retribusi() == null ? null : Kolom.pesan("pasar.lapak.cara." + b.retribusi().cara())),
				Kolom.<LapakHari>tanggalJam("pasar.lapak.hari.dicatat", b -> b.retribusi() == null ? null : b.retribusi().dicatat()),
				Kolom.<LapakHari>teks("pasar.petugas", b -> b.retribusi() == null ? null : b.retribusi().petugas()));
		List<LapakHari> baris = new ArrayList<>(h.sudah());
		baris.addAll(h.belum());
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pasar.lapak.ekspor.hari", h.pasar().nama(), Waktu.formatTanggal(h.tanggal())), kolom, baris),
				format, jawaban);
	}

	private LaporanRetribusi.Hari hariDiminta(long pasarId, String tanggal, Staf staf) {
		register.pastikanMelihat(staf);
		PasarLapak pasar = register.pasar(pasarId);
		LocalDate hari;
		try {
			hari = tanggal == null || tanggal.isBlank() ? harga.hariIni() : LocalDate.parse(tanggal);
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("pasar.catat.tanggal-tidak-sah");
		}
		if (hari.isAfter(harga.hariIni())) {
			throw new PermintaanDitolakException("pasar.catat.tanggal-tidak-sah");
		}
		return laporan.hari(pasar, hari);
	}

	@GetMapping("/bulan")
	String bulan(@RequestParam(required = false) String bulan, Staf staf, Model model) {
		YearMonth b = bulanDiminta(bulan, staf);
		List<LaporanRetribusi.Bulan> baris = laporan.bulan(b, harga.hariIni());
		model.addAttribute("bulan", b);
		model.addAttribute("bulanTeks", Waktu.formatBulan(b));
		model.addAttribute("bulanIni", YearMonth.from(harga.hariIni()));
		model.addAttribute("baris", baris);
		model.addAttribute("jumlahTerkumpul", baris.stream().mapToLong(LaporanRetribusi.Bulan::terkumpul).sum());
		model.addAttribute("jumlahDiharapkan", baris.stream().mapToLong(LaporanRetribusi.Bulan::diharapkan).sum());
		model.addAttribute("qrisBelumCocok", qris.belumCocok(QRIS_BELUM_COCOK).stream()
			.map(q -> new QrisTampil(q, Waktu.formatTanggalJam(q.waktu()))).toList());
		return "pasar/lapak/bulan";
	}

	@GetMapping("/bulan.{format}")
	void unduhBulan(@PathVariable FormatEkspor format, @RequestParam(required = false) String bulan, Staf staf, HttpServletResponse jawaban) {
		YearMonth b = bulanDiminta(bulan, staf);
		List<Kolom<LaporanRetribusi.Bulan>> kolom = List.of(
				Kolom.<LaporanRetribusi.Bulan>teks("pasar.pasar", r -> r.pasar().nama()),
				Kolom.<LaporanRetribusi.Bulan>bilangan("pasar.lapak.bulan.hari-buka", LaporanRetribusi.Bulan::hariBuka),
				Kolom.<LaporanRetribusi.Bulan>rupiah("pasar.lapak.diharapkan", LaporanRetribusi.Bulan::diharapkan),
				Kolom.<LaporanRetribusi.Bulan>rupiah("pasar.lapak.terkumpul", LaporanRetribusi.Bulan::terkumpul),
				Kolom.<LaporanRetribusi.Bulan>persen("pasar.lapak.bulan.capaian", 1, LaporanRetribusi.Bulan::terkumpulPersen),
				Kolom.<LaporanRetribusi.Bulan>bilangan("pasar.lapak.bulan.pembayaran", LaporanRetribusi.Bulan::pembayaran),
				Kolom.<LaporanRetribusi.Bulan>bilangan("pasar.lapak.bulan.lapak", LaporanRetribusi.Bulan::lapak),
				Kolom.<LaporanRetribusi.Bulan>bilangan("pasar.lapak.bulan.terisi", LaporanRetribusi.Bulan::terisi),
				Kolom.<LaporanRetribusi.Bulan>persen("pasar.lapak.bulan.hunian", 1, LaporanRetribusi.Bulan::hunianPersen));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("pasar.lapak.ekspor.bulan", Waktu.formatBulan(b)), kolom, laporan.bulan(b, harga.hariIni())),
				format, jawaban);
	}

	/** An unmatched QRIS payment with its time in words (WITA). */
	record QrisTampil(LapakRepository.PembayaranQris p, String waktu) {
	}

	private YearMonth bulanDiminta(String bulan, Staf staf) {
		register.pastikanMelihat(staf);
		YearMonth ini = YearMonth.from(harga.hariIni());
		try {
			YearMonth b = bulan == null || bulan.isBlank() ? ini : YearMonth.parse(bulan);
			if (b.isAfter(ini)) {
				throw new PermintaanDitolakException("pasar.lapak.bulan.tidak-sah");
			}
			return b;
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("pasar.lapak.bulan.tidak-sah");
		}
	}
}
