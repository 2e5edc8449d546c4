package id.kotacerdas.armada.kendaraan;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import id.kotacerdas.platform.Nip;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What staff enter for a vehicle (API body, form, XLSX row); the register adds id and times. The
 * numbers are bounded by their columns, so no value can fail the insert.
 */
@Schema(description = "Data kendaraan dinas sesuai Kartu Inventaris Barang B")
public record DataKendaraan(
		@Schema(example = "DH 1234 KP") @NotBlank @Size(max = 15) @Pattern(regexp = "[A-Za-z]{1,2}\\s?\\d{1,4}\\s?[A-Za-z]{0,3}") String nomorPolisi,
		@Schema(description = "id atau deviceid yang dikirim pelacak OsmAnd/Traccar", example = "kupang-001") @NotBlank @Size(max = DataKendaraan.TRACKER_MAKS) @Pattern(regexp = DataKendaraan.POLA_TRACKER) String trackerId,
		@Schema(description = "id perangkat daerah pemilik") @NotNull Long opdId,
		@Size(max = 40) String nomorRangka,
		@Size(max = 40) String nomorMesin,
		@Size(max = 40) String nomorBpkb,
		@Size(max = 60) String merek,
		@Size(max = 60) String tipe,
		@Min(50) @Max(20000) Integer cc,
		@Min(1950) @Max(2100) Integer tahunPembuatan,
		@Schema(description = "rupiah") @PositiveOrZero Long hargaPerolehan,
		@Size(max = 60) String asalPerolehan,
		GolonganKendaraan golongan,
		@NotNull JenisBbm jenisBbm,
		@Schema(description = "liter", example = "45") @NotNull @DecimalMin("1") @Digits(integer = 5, fraction = 2) BigDecimal kapasitasTangki,
		@Schema(description = "km per liter", example = "10") @NotNull @DecimalMin("0.5") @Digits(integer = 4, fraction = 2) BigDecimal normaKmPerLiter,
		@Schema(description = "liter per bulan") @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal kuotaLiterBulanan,
		@Schema(description = "rupiah per bulan") @PositiveOrZero Long kuotaRupiahBulanan,
		@Schema(description = "NIP pemegang, 18 angka (boleh berspasi atau bertitik)", example = "196608011988031001") @Nip.Sah String nipPemegang,
		@Size(max = 100) String namaPemegang,
		KondisiKendaraan kondisi,
		StatusKendaraan status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jatuhTempoStnk,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jatuhTempoPajak) {

	/** What a tracker id may look like; the tracker port refuses anything else before looking it up. */
	public static final String POLA_TRACKER = "[A-Za-z0-9._:-]+";

	public static final int TRACKER_MAKS = 64;

	/** Normalised plate ("dh1234kp" → "DH 1234 KP") and defaults for the optional enums. */
	DataKendaraan rapikan() {
		return new DataKendaraan(rapikanNomorPolisi(nomorPolisi), trackerId.strip(), opdId, kosongJadiNull(nomorRangka),
				kosongJadiNull(nomorMesin), kosongJadiNull(nomorBpkb), kosongJadiNull(merek), kosongJadiNull(tipe), cc,
				tahunPembuatan, hargaPerolehan, kosongJadiNull(asalPerolehan),
				golongan == null ? GolonganKendaraan.OPERASIONAL : golongan, jenisBbm, kapasitasTangki, normaKmPerLiter,
				kuotaLiterBulanan, kuotaRupiahBulanan, rapikanNip(nipPemegang), kosongJadiNull(namaPemegang),
				kondisi == null ? KondisiKendaraan.BAIK : kondisi, status == null ? StatusKendaraan.AKTIF : status,
				jatuhTempoStnk, jatuhTempoPajak);
	}

	/** The filled-in fields by name, in declaration order (for the form and the sheet). */
	Map<String, Object> isian() {
		Map<String, Object> nilai = new LinkedHashMap<>();
		for (RecordComponent c : DataKendaraan.class.getRecordComponents()) {
			try {
				Object v = c.getAccessor().invoke(this);
				if (v != null) {
					nilai.put(c.getName(), v);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return nilai;
	}

	static String rapikanNomorPolisi(String nomor) {
		var m = java.util.regex.Pattern.compile("\\s*([A-Za-z]{1,2})\\s*(\\d{1,4})\\s*([A-Za-z]{0,3})\\s*").matcher(nomor);
		if (!m.matches()) {
			return nomor.strip().toUpperCase(java.util.Locale.ROOT);
		}
		String akhiran = m.group(3).isEmpty() ? "" : " " + m.group(3);
		return (m.group(1) + " " + m.group(2) + akhiran).toUpperCase(java.util.Locale.ROOT);
	}

	/** A NIP typed with spaces or dots is kept as its 18 digits. */
	private static String rapikanNip(String nip) {
		return nip == null || nip.isBlank() ? null : Nip.dari(nip).nilai();
	}

	private static String kosongJadiNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
