package id.kotacerdas.armada.internal;

/** Fuel grades sold at Pertamina stations. */
enum JenisBbm {

	PERTALITE, PERTAMAX, PERTAMAX_TURBO, SOLAR, DEXLITE, PERTAMINA_DEX
}
