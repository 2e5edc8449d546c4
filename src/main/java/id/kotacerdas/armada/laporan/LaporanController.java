package id.kotacerdas.armada.laporan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kotacerdas.akun.Staf;
import id.kotacerdas.armada.kendaraan.RegisterXlsx;
import id.kotacerdas.platform.Peran;
import id.kotacerdas.platform.PermintaanDitolakException;
import id.kotacerdas.platform.Waktu;

/** The monthly report page, its XLSX, and the register as XLSX (export and import). */
@Controller
@RequestMapping("/staf/armada")
@PreAuthorize(Peran.Akses.ADMIN_DAN_PIMPINAN)
public class LaporanController {

	public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final LaporanArmada laporan;

	private final RegisterXlsx registerXlsx;

	private final MessageSource pesan;

	private final Clock clock;

	LaporanController(LaporanArmada laporan, RegisterXlsx registerXlsx, MessageSource pesan, Clock clock) {
		this.laporan = laporan;
		this.registerXlsx = registerXlsx;
		this.pesan = pesan;
		this.clock = clock;
	}

	@GetMapping("/laporan")
	String halaman(@RequestParam(required = false) String bulan, Staf staf, Model model) {
		model.addAttribute("laporan", laporan.buat(staf, bulan(bulan)));
		return "armada/laporan";
	}

	@GetMapping("/laporan.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String bulan, Staf staf) {
		LaporanArmada.Laporan l = laporan.buat(staf, bulan(bulan));
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet(l.bulan().toString());
			String[] judul = { "nomor-polisi", "opd", "jenis-bbm", "laporan.pembelian", "laporan.liter", "laporan.rupiah", "laporan.km",
					"laporan.km-per-liter", "laporan.norma", "laporan.kuota", "laporan.anggaran", "laporan.pengecualian", "laporan.penimpaan", "laporan.penghematan" };
			Row kepala = sheet.createRow(0);
			for (int i = 0; i < judul.length; i++) {
				kepala.createCell(i).setCellValue(teks("armada." + judul[i]));
			}
			int r = 1;
			for (LaporanArmada.Baris b : l.baris()) {
				Object[] nilai = { b.nomorPolisi(), b.opd(), b.jenisBbm().name(), b.jumlahPembelian(), b.liter(), b.rupiah(), b.km(),
						b.kmPerLiter(), b.normaKmPerLiter(), b.persenKuota(), b.persenAnggaran(), b.pengecualian(), b.penimpaan(), b.penghematan() };
				Row row = sheet.createRow(r++);
				for (int i = 0; i < nilai.length; i++) {
					RegisterXlsx.isi(row.createCell(i), nilai[i]);
				}
			}
			Sheet opd = wb.createSheet(teks("armada.opd"));
			Row k2 = opd.createRow(0);
			String[] judulOpd = { "opd", "laporan.kendaraan", "laporan.liter", "laporan.rupiah", "laporan.km", "laporan.km-per-liter",
					"laporan.pengecualian", "laporan.anggaran-dasar", "laporan.penghematan" };
			for (int i = 0; i < judulOpd.length; i++) {
				k2.createCell(i).setCellValue(teks("armada." + judulOpd[i]));
			}
			r = 1;
			for (LaporanArmada.Ringkasan s : l.perOpd()) {
				Object[] nilai = { s.opd(), s.kendaraan(), s.liter(), s.rupiah(), s.km(), s.kmPerLiter(), s.pengecualian(), s.anggaran(),
						s.penghematan() };
				Row row = opd.createRow(r++);
				for (int i = 0; i < nilai.length; i++) {
					RegisterXlsx.isi(row.createCell(i), nilai[i]);
				}
			}
			return unduh(RegisterXlsx.tulis(wb), "laporan-bbm-" + l.bulan() + ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/kendaraan.xlsx")
	ResponseEntity<byte[]> eksporRegister(Staf staf) {
		return unduh(registerXlsx.ekspor(staf), "kendaraan-dinas.xlsx");
	}

	@PostMapping("/kendaraan/impor")
	@PreAuthorize(Peran.Akses.ADMIN)
	String imporRegister(@RequestParam MultipartFile berkas, Staf staf, RedirectAttributes redirect) throws IOException {
		if (berkas.isEmpty()) {
			throw new PermintaanDitolakException("armada.impor.bukan-xlsx");
		}
		redirect.addFlashAttribute("impor", registerXlsx.impor(staf, berkas.getInputStream()));
		return "redirect:/staf/armada";
	}

	private YearMonth bulan(String bulan) {
		try {
			return bulan == null || bulan.isBlank() ? YearMonth.now(clock.withZone(Waktu.WITA)) : YearMonth.parse(bulan);
		}
		catch (DateTimeParseException ex) {
			throw new PermintaanDitolakException("galat.parameter-tidak-valid", "bulan");
		}
	}

	private static ResponseEntity<byte[]> unduh(byte[] isi, String nama) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
			.body(isi);
	}

	private String teks(String kode) {
		return pesan.getMessage(kode, null, kode, LocaleContextHolder.getLocale());
	}
}
