package id.kotacerdas.armada.kendaraan;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A registered vehicle: its data plus identity and timestamps. */
public record Kendaraan(long id, @JsonUnwrapped DataKendaraan data, Instant dibuat, Instant diubah) {

	public String nomorPolisi() {
		return data.nomorPolisi();
	}

	public String trackerId() {
		return data.trackerId();
	}

	public long opdId() {
		return data.opdId();
	}
}
