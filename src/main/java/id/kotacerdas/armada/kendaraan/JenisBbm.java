package id.kotacerdas.armada.kendaraan;

/** Fuel grades sold at Pertamina stations. */
public enum JenisBbm {

	PERTALITE, PERTAMAX, PERTAMAX_TURBO, SOLAR, DEXLITE, PERTAMINA_DEX
}
