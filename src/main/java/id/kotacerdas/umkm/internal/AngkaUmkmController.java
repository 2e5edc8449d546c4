package id.kotacerdas.umkm.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.ekspor.Ekspor;
import id.kotacerdas.ekspor.FormatEkspor;
import id.kotacerdas.ekspor.Kolom;
import id.kotacerdas.ekspor.PenulisEkspor;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/** The registry's figures for the cooperatives agency, Kominfo and leadership: a table, a chart, and the table as a file. */
@Controller
@PreAuthorize(Peran.Akses.STAF)
class AngkaUmkmController {

	private final AngkaUmkm angka;

	private final RegisterUmkm register;

	private final PenulisEkspor ekspor;

	private final ObjectMapper json;

	AngkaUmkmController(AngkaUmkm angka, RegisterUmkm register, PenulisEkspor ekspor, ObjectMapper json) {
		this.json = json;
		this.angka = angka;
		this.register = register;
		this.ekspor = ekspor;
	}

	private AngkaUmkm.Per per(String per, Staf staf) {
		if (!register.bolehMembacaSemua(staf)) {
			throw new PermintaanDitolakException(HttpStatus.FORBIDDEN, "umkm.bukan-petugas");
		}
		try {
			return AngkaUmkm.Per.valueOf(per.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new PermintaanDitolakException(HttpStatus.BAD_REQUEST, "umkm.angka.per-tidak-dikenal");
		}
	}

	@GetMapping("/staf/umkm/angka")
	String halaman(@RequestParam(defaultValue = "bulan") String per, Staf staf, Model model, Locale bahasa) {
		AngkaUmkm.Per p = per(per, staf);
		List<AngkaUmkm.Baris> baris = angka.hitung(p, bahasa);
		model.addAttribute("per", p.name().toLowerCase(Locale.ROOT));
		model.addAttribute("baris", baris);
		model.addAttribute("label", json.writeValueAsString(baris.stream().map(AngkaUmkm.Baris::label).toList()));
		model.addAttribute("terdaftar", json.writeValueAsString(baris.stream().map(AngkaUmkm.Baris::terdaftar).toList()));
		model.addAttribute("qris", json.writeValueAsString(baris.stream().map(AngkaUmkm.Baris::denganQris).toList()));
		return "umkm/angka";
	}

	@GetMapping("/staf/umkm/angka.{format}")
	void unduh(@PathVariable FormatEkspor format, @RequestParam(defaultValue = "bulan") String per, Staf staf, Locale bahasa,
			HttpServletResponse jawaban) {
		AngkaUmkm.Per p = per(per, staf);
		List<Kolom<AngkaUmkm.Baris>> kolom = List.of(Kolom.<AngkaUmkm.Baris>teks("umkm.angka.per." + p.name().toLowerCase(Locale.ROOT), AngkaUmkm.Baris::label),
				Kolom.<AngkaUmkm.Baris>bilangan("umkm.angka.terdaftar", AngkaUmkm.Baris::terdaftar),
				Kolom.<AngkaUmkm.Baris>bilangan("umkm.angka.nib", AngkaUmkm.Baris::denganNib),
				Kolom.<AngkaUmkm.Baris>persen("umkm.angka.persen-nib", 1, AngkaUmkm.Baris::persenNib),
				Kolom.<AngkaUmkm.Baris>bilangan("umkm.angka.qris", AngkaUmkm.Baris::denganQris),
				Kolom.<AngkaUmkm.Baris>persen("umkm.angka.persen-qris", 1, AngkaUmkm.Baris::persenQris));
		ekspor.kirim(Ekspor.satu(Kolom.pesan("umkm.angka.judul"), kolom, angka.hitung(p, bahasa)), format, jawaban);
	}
}
