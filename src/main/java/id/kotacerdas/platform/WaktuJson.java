package id.kotacerdas.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.jackson.JacksonComponent;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * JSON carries instants as ISO 8601 in WITA with its offset ({@code 2026-11-22T14:05:00+08:00}):
 * unambiguous for machines, and the local time staff and citizens recognise.
 */
@JacksonComponent
class WaktuJson extends StdSerializer<Instant> {

	WaktuJson() {
		super(Instant.class);
	}

	@Override
	public void serialize(Instant waktu, JsonGenerator gen, SerializationContext ctx) {
		gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(waktu.atZone(Waktu.WITA).toOffsetDateTime()));
	}
}
