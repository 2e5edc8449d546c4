package id.kotacerdas.notifikasi;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message parameter that is itself a bundle key (a status, a kind of tax), written in the
 * recipient's language when the message is rendered (Spring's message source resolves it).
 */
public record Kata(String kunci) implements MessageSourceResolvable {

	public Kata {
		if (kunci == null || kunci.isBlank()) {
			throw new IllegalArgumentException("a word needs its bundle key");
		}
	}

	@Override
	public String[] getCodes() {
		return new String[] { kunci };
	}
}
