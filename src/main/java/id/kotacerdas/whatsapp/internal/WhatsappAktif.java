package id.kotacerdas.whatsapp.internal;

import java.util.stream.Stream;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The channel's beans exist only when {@link WhatsappProperties#aktif()} would be true: the four settings are given. */
class WhatsappAktif implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return Stream.of("verify-token", "app-secret", "token", "phone-number-id")
			.allMatch(n -> !context.getEnvironment().getProperty("kc.whatsapp." + n, "").isBlank());
	}
}
