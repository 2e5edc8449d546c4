package id.kotacerdas.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

/** Reads the city's reference CSV files (UTF-8, RFC 4180, header row). */
public final class DataCsv {

	private DataCsv() {
	}

	public static List<CSVRecord> baca(Resource csv) {
		try (Reader reader = new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
	}
}
