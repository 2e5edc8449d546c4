package id.kotacerdas.ekspor.internal;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import id.kotacerdas.ekspor.FormatEkspor;

/**
 * Lets a controller take {@code FormatEkspor} as a path variable or request parameter: Spring
 * Boot adds converter beans to MVC, and a name that is no format fails conversion, which the
 * error handlers answer 400.
 */
@Component
class FormatEksporDariTeks implements Converter<String, FormatEkspor> {

	@Override
	public FormatEkspor convert(String nama) {
		return FormatEkspor.dari(nama);
	}
}
