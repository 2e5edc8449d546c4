package id.kotacerdas.armada.bbm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import id.kotacerdas.armada.kendaraan.JenisBbm;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A fuel purchase as entered (also what the gate is asked about). */
@Schema(description = "Pembelian BBM")
public record DataPembelian(
		@Schema(description = "waktu pengisian (ISO 8601); kosong berarti sekarang") OffsetDateTime waktu,
		@Size(max = 100) String pengemudi,
		@Schema(example = "SPBU 54.851.01 Oebobo") @Size(max = 100) String spbu,
		@DecimalMin("-90") @DecimalMax("90") Double spbuLat,
		@DecimalMin("-180") @DecimalMax("180") Double spbuLon,
		@Schema(description = "SPBU terdaftar sebagai geofence; posisi kendaraan diperiksa terhadap bentuknya") Long spbuGeofenceId,
		@NotNull JenisBbm jenisBbm,
		@Schema(example = "24.5") @NotNull @DecimalMin("0.1") @DecimalMax("1000") @Digits(integer = 4, fraction = 3) BigDecimal liter,
		@Schema(description = "rupiah", example = "10000") @NotNull @Positive @Max(1_000_000) Long hargaPerLiter,
		@Schema(description = "km pada odometer") @PositiveOrZero Integer odometerKm,
		@Size(max = 60) String nomorStruk,
		@Schema(example = "KARTU_BBM") @Size(max = 40) String metodePembayaran,
		@Schema(description = "hanya verifikator: alasan tertulis meloloskan pembelian yang ditolak gerbang") @Size(max = 500) String alasanPenimpaan) {
}
