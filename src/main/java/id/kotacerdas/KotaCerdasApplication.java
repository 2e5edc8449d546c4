package id.kotacerdas;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@EnableAsync
public class KotaCerdasApplication {

	public static void main(String[] args) {
		var app = new SpringApplication(KotaCerdasApplication.class);
		// "--demo" is the documented switch for a first look; it maps to the demo profile.
		if (Arrays.asList(args).contains("--demo")) {
			app.setAdditionalProfiles("demo");
		}
		app.run(args);
	}
}
