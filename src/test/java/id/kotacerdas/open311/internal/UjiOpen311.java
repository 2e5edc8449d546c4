package id.kotacerdas.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import id.kotacerdas.wilayah.Kelurahan;
import id.kotacerdas.wilayah.Wilayah;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Helpers of the Open311 tests: API keys through the admin API, parsing with the JDK DOM/XPath and Jackson. */
final class UjiOpen311 {

	static final String ADMIN_SANDI = "rahasia-uji-123";

	private UjiOpen311() {
	}

	record Kunci(long id, String kunci) {
	}

	static Kunci kunciBaru(MockMvc mvc, ObjectMapper json, String scope) throws Exception {
		byte[] body = mvc.perform(post("/api/admin/api-keys").with(httpBasic("admin", ADMIN_SANDI))
			.contentType(MediaType.APPLICATION_JSON).content("{\"nama\":\"Klien Open311 uji\",\"scopes\":[\"" + scope + "\"]}"))
			.andReturn().getResponse().getContentAsByteArray();
		JsonNode n = json.readTree(body);
		return new Kunci(n.path("id").asLong(), n.path("kunci").asString());
	}

	static void cabut(MockMvc mvc, long id) throws Exception {
		mvc.perform(delete("/api/admin/api-keys/" + id).with(httpBasic("admin", ADMIN_SANDI)));
	}

	/** A kelurahan whose centroid lies inside itself, so a pin there routes to it. */
	static Kelurahan kelurahan(Wilayah wilayah, int ke) {
		return wilayah.kelurahan().stream()
			.filter(k -> wilayah.temukan(k.lat(), k.lon()).map(Kelurahan::kode).filter(k.kode()::equals).isPresent())
			.skip(ke)
			.findFirst()
			.orElseThrow();
	}

	private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();

	private static final XPathFactory XPATH = XPathFactory.newInstance();

	static {
		try {
			DOM.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Document xml(byte[] isi) throws Exception {
		return DOM.newDocumentBuilder().parse(new ByteArrayInputStream(isi));
	}

	static String x(Document d, String xpath) throws Exception {
		return XPATH.newXPath().evaluate(xpath, d);
	}

	static int jumlah(Document d, String xpath) throws Exception {
		return ((NodeList) XPATH.newXPath().evaluate(xpath, d, XPathConstants.NODESET)).getLength();
	}

	/** The body is an Open311 error list with this code, in XML. */
	static void galatXml(byte[] isi, int kode) throws Exception {
		Document d = xml(isi);
		assertThat(d.getDocumentElement().getNodeName()).isEqualTo("errors");
		assertThat(jumlah(d, "/errors/error")).isGreaterThanOrEqualTo(1);
		assertThat(x(d, "/errors/error[1]/code")).isEqualTo(String.valueOf(kode));
		assertThat(x(d, "/errors/error[1]/description")).isNotBlank();
	}

	/** The body is an Open311 error list with this code, in JSON. */
	static void galatJson(ObjectMapper json, byte[] isi, int kode) {
		JsonNode n = json.readTree(isi);
		assertThat(n.isArray()).isTrue();
		assertThat(n.size()).isGreaterThanOrEqualTo(1);
		assertThat(n.get(0).path("code").isNumber()).isTrue();
		assertThat(n.get(0).path("code").asInt()).isEqualTo(kode);
		assertThat(n.get(0).path("description").isString()).isTrue();
		assertThat(n.get(0).path("description").asString()).isNotBlank();
	}
}
