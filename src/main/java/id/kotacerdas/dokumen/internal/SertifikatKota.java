package id.kotacerdas.dokumen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kotacerdas.platform.KotaProperties;

/**
 * The city's signing key and certificate: from the configured PKCS#12 keystore, or — out of the box —
 * a self-signed one generated on first start and kept in the data folder (readable by the server's
 * user only; its password beside it), so issuing works at once. A real deployment configures the
 * certificate its CA issued ({@code kc.dokumen.keystore.*}).
 */
final class SertifikatKota {

	private static final Logger log = LoggerFactory.getLogger(SertifikatKota.class);

	private static final String NAMA_BERKAS = "sertifikat-kota.p12";

	private static final String ALIAS_SWA = "kota";

	private static final int BIT_RSA = 3072;

	private static final long TAHUN_BERLAKU = 10;

	private static final int PANJANG_NAMA_MAKS = 64;

	private final PrivateKey kunci;

	private final X509Certificate sertifikat;

	private final boolean swaTanda;

	private SertifikatKota(PrivateKey kunci, X509Certificate sertifikat, boolean swaTanda) {
		this.kunci = kunci;
		this.sertifikat = sertifikat;
		this.swaTanda = swaTanda;
	}

	PrivateKey kunci() {
		return kunci;
	}

	X509Certificate sertifikat() {
		return sertifikat;
	}

	/** Whose certificate it is, in words: its subject's common name (the page shows no distinguished-name codes). */
	String pemilik() {
		X500Name subjek = X500Name.getInstance(sertifikat.getSubjectX500Principal().getEncoded());
		return subjek.getRDNs(BCStyle.CN).length == 0 ? subjek.toString()
				: IETFUtils.valueToString(subjek.getRDNs(BCStyle.CN)[0].getFirst().getValue());
	}

	/** True for the generated certificate: no CA vouches for it (the verification page says so). */
	boolean swaTanda() {
		return swaTanda;
	}

	static SertifikatKota muat(DokumenProperties.Keystore ks, Path folder, KotaProperties kota, Clock clock) {
		try {
			if (ks.diatur()) {
				char[] sandi = ks.sandi() == null ? new char[0] : ks.sandi().toCharArray();
				return baca(ks.lokasi(), sandi, ks.alias(), false);
			}
			Path berkas = folder.resolve(NAMA_BERKAS);
			Path berkasSandi = folder.resolve(NAMA_BERKAS + ".sandi");
			if (!Files.exists(berkas)) {
				buat(folder, berkas, berkasSandi, kota, clock);
			}
			return baca(berkas, Files.readString(berkasSandi, StandardCharsets.US_ASCII).trim().toCharArray(), ALIAS_SWA, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the city's signing certificate cannot be read", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the city's signing certificate cannot be read", ex);
		}
	}

	private static SertifikatKota baca(Path lokasi, char[] sandi, String alias, boolean swaTanda) throws IOException, GeneralSecurityException {
		KeyStore ks = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(lokasi)) {
			ks.load(in, sandi);
		}
		String nama = alias != null && !alias.isBlank() ? alias
				: Collections.list(ks.aliases()).stream().filter(a -> {
					try {
						return ks.isKeyEntry(a);
					}
					catch (GeneralSecurityException ex) {
						return false;
					}
				}).findFirst().orElseThrow(() -> new IllegalStateException("no key in the keystore " + lokasi));
		PrivateKey kunci = (PrivateKey) ks.getKey(nama, sandi);
		if (kunci == null) {
			throw new IllegalStateException("no key named " + nama + " in the keystore " + lokasi);
		}
		return new SertifikatKota(kunci, (X509Certificate) ks.getCertificate(nama), swaTanda);
	}

	/** Written to a temporary file and moved into place: two instances starting at once keep one certificate. */
	private static void buat(Path folder, Path berkas, Path berkasSandi, KotaProperties kota, Clock clock)
			throws IOException, GeneralSecurityException {
		Files.createDirectories(folder);
		byte[] acak = new byte[24];
		new SecureRandom().nextBytes(acak);
		char[] sandi = Base64.getUrlEncoder().withoutPadding().encodeToString(acak).toCharArray();
		KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
		gen.initialize(BIT_RSA);
		KeyPair pasangan = gen.generateKeyPair();
		String instansi = "Pemerintah " + (kota.nama() == null ? "Kota" : kota.nama());
		// built by attribute, not parsed from a string: a city's name may hold a comma; RFC 5280 caps CN and O at 64
		String pendek = instansi.length() > PANJANG_NAMA_MAKS ? instansi.substring(0, PANJANG_NAMA_MAKS) : instansi;
		X500Name nama = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, pendek).addRDN(BCStyle.OU, "Sertifikat swa-tanda")
			.addRDN(BCStyle.O, pendek).addRDN(BCStyle.C, "ID").build();
		Instant kini = clock.instant();
		JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(nama, new BigInteger(64, new SecureRandom()),
				Date.from(kini.minus(1, ChronoUnit.DAYS)), Date.from(kini.plus(TAHUN_BERLAKU * 365, ChronoUnit.DAYS)), nama,
				pasangan.getPublic());
		b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate sertifikat;
		try {
			sertifikat = new JcaX509CertificateConverter()
				.getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pasangan.getPrivate())));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
		KeyStore ks = KeyStore.getInstance("PKCS12");
		ks.load(null, null);
		ks.setKeyEntry(ALIAS_SWA, pasangan.getPrivate(), sandi, new X509Certificate[] { sertifikat });
		Path sementaraSandi = tulisPribadi(folder, new String(sandi).getBytes(StandardCharsets.US_ASCII));
		Path sementara = Files.createTempFile(folder, NAMA_BERKAS, ".tmp");
		try (OutputStream out = Files.newOutputStream(sementara)) {
			ks.store(out, sandi);
		}
		bolehDibacaPemilikSaja(sementara);
		try {
			// the password first: a certificate file is only ever there with its password
			pindah(sementaraSandi, berkasSandi);
			pindah(sementara, berkas);
			log.warn("Generated a self-signed city certificate in {}: configure kc.dokumen.keystore.* with the city's real one", berkas);
		}
		catch (FileAlreadyExistsException ex) {
			Files.deleteIfExists(sementara);
			Files.deleteIfExists(sementaraSandi);
		}
	}

	private static Path tulisPribadi(Path folder, byte[] isi) throws IOException {
		Path p = Files.createTempFile(folder, NAMA_BERKAS, ".sandi.tmp");
		bolehDibacaPemilikSaja(p);
		Files.write(p, isi);
		return p;
	}

	private static void pindah(Path dari, Path ke) throws IOException {
		if (Files.exists(ke)) {
			throw new FileAlreadyExistsException(ke.toString());
		}
		try {
			Files.move(dari, ke, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(dari, ke);
		}
	}

	private static void bolehDibacaPemilikSaja(Path p) throws IOException {
		try {
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder's own permissions apply
		}
	}
}
