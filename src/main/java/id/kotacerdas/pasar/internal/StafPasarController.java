package id.kotacerdas.pasar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.pasar.internal.Kewajaran.Penilaian;
import id.kotacerdas.pasar.internal.LayananHarga.Kiriman;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** The supervisor's view of today's reporting, and the enumerator's price form with its JSON endpoint. */
@Controller
@RequestMapping("/staf/pasar")
@PreAuthorize(Peran.Akses.STAF)
class StafPasarController {

	private final LayananHarga layanan;

	private final HargaRepository repo;

	private final MessageSource pesan;

	private final BagianDataPasar data;

	StafPasarController(LayananHarga layanan, HargaRepository repo, MessageSource pesan, BagianDataPasar data) {
		this.data = data;
		this.layanan = layanan;
		this.repo = repo;
		this.pesan = pesan;
	}

	@GetMapping
	String pengawasan(Staf staf, Model model) {
		LocalDate hariIni = layanan.hariIni();
		boolean mengawasi = layanan.bolehMengawasi(staf);
		model.addAttribute("mengawasi", mengawasi);
		model.addAttribute("bolehMencatat", layanan.bolehMencatat(staf));
		model.addAttribute("namaOpd", layanan.opdPasar().map(o -> o.namaPendek()).orElse(""));
		model.addAttribute("tanggal", Waktu.formatTanggal(hariIni));
		data.isi(staf, model);
		if (mengawasi) {
			List<HargaRepository.Laporan> laporan = repo.laporan(hariIni);
			model.addAttribute("belumLapor", laporan.stream().filter(l -> l.komoditas() == 0 && l.pasar().bukaPada(hariIni)).toList());
			model.addAttribute("tutup", laporan.stream().filter(l -> l.komoditas() == 0 && !l.pasar().bukaPada(hariIni)).toList());
			model.addAttribute("sudahLapor", laporan.stream().filter(l -> l.komoditas() > 0).toList());
			model.addAttribute("ditandai", repo.ditandai(hariIni));
		}
		return "pasar/pengawasan";
	}

	@GetMapping("/catat")
	String formulir(@RequestParam(required = false) Long pasar,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal, Staf staf, Model model) {
		if (!layanan.bolehMencatat(staf)) {
			throw new PermintaanDitolakException(org.springframework.http.HttpStatus.FORBIDDEN, "pasar.catat.bukan-pencacah");
		}
		LocalDate hari = tanggal == null || tanggal.isAfter(layanan.hariIni()) ? layanan.hariIni() : tanggal;
		model.addAttribute("daftarPasar", repo.pasar());
		model.addAttribute("hari", hari);
		model.addAttribute("hariTeks", Waktu.formatTanggal(hari));
		model.addAttribute("hariIni", layanan.hariIni());
		model.addAttribute("hargaMaks", LayananHarga.HARGA_MAKS);
		Pasar terpilih = pasar == null ? null : repo.pasar(pasar).orElseThrow(() -> PermintaanDitolakException.tidakDitemukan("pasar.tidak-ditemukan"));
		model.addAttribute("terpilih", terpilih);
		if (terpilih != null) {
			model.addAttribute("komoditas", repo.komoditas());
			model.addAttribute("tersimpan", repo.milikPetugas(terpilih.id(), hari, staf.username()));
		}
		return "pasar/catat";
	}

	/** How the form's script reads the answer for each price. */
	record Jawaban(long komoditasId, String status, String pesan) {
	}

	@PostMapping(path = "/catat", consumes = "application/json", produces = "application/json")
	@ResponseBody
	List<Jawaban> kirim(@RequestBody Kiriman kiriman, Staf staf) {
		Locale bahasa = LocaleContextHolder.getLocale();
		return layanan.kirim(staf, kiriman).stream()
			.map(h -> h.tersimpan() ? new Jawaban(h.komoditasId(), "tersimpan", null)
					: new Jawaban(h.komoditasId(), "perlu-konfirmasi", alasan(h.penilaian(), bahasa)))
			.toList();
	}

	private String alasan(Penilaian p, Locale bahasa) {
		StringBuilder sb = new StringBuilder();
		if (p.melebihiHet()) {
			sb.append(pesan.getMessage("pasar.catat.di-atas-het", new Object[] { p.het() }, bahasa));
		}
		if (p.menyimpang()) {
			sb.append(sb.isEmpty() ? "" : " ").append(pesan.getMessage("pasar.catat.menyimpang", new Object[] { p.rataRata() }, bahasa));
		}
		return sb.toString();
	}
}
