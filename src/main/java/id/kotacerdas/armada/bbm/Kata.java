package id.kotacerdas.armada.bbm;

import org.springframework.context.MessageSourceResolvable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A word of the message bundle given as an argument of another message (a fuel grade, a vehicle
 * status), so the reader sees "Pertamax Turbo" in their language rather than the enum constant.
 * Spring's message source resolves such arguments; in JSON it is its message key.
 */
record Kata(@JsonValue String kode) implements MessageSourceResolvable {

	static Kata dari(String awalan, Enum<?> nilai) {
		return new Kata(awalan + nilai.name());
	}

	@Override
	public String[] getCodes() {
		return new String[] { kode };
	}
}
