package id.kotacerdas.armada.geofence;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A geofence as entered: either lat, lon and radiusM, or geojson (Polygon or MultiPolygon, lon/lat order). */
@Schema(description = "Geofence: lingkaran (lat, lon, radiusM) atau poligon GeoJSON")
public record DataGeofence(
		@Schema(example = "SPBU 54.851.01 Oebobo") @NotBlank @Size(max = 100) String nama,
		@NotNull JenisGeofence jenis,
		@Schema(description = "kosong: berlaku untuk seluruh kota (hanya Kominfo)") Long opdId,
		@DecimalMin("-90") @DecimalMax("90") Double lat,
		@DecimalMin("-180") @DecimalMax("180") Double lon,
		@Schema(description = "meter") @DecimalMin("10") @DecimalMax("20000") Double radiusM,
		@Schema(description = "Polygon atau MultiPolygon GeoJSON") @Size(max = 200_000) String geojson) {
}
