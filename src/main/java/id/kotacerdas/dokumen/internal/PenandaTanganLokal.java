package id.kotacerdas.dokumen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import id.kotacerdas.dokumen.JenisTandaTangan;
import id.kotacerdas.platform.Waktu;

/**
 * PAdES baseline (B-B) with the city's certificate: an ETSI.CAdES.detached CMS over the PDF's byte
 * range, with the ESS signing-certificate-v2 attribute and without a signing-time attribute (the
 * signing time is the signature dictionary's, as PAdES requires), added as an incremental update.
 */
final class PenandaTanganLokal implements PenandaTangan {

	/** Room for the CMS in the PDF: a 3072-bit RSA signature with its certificate takes about 2.5 KB. */
	private static final int RUANG_TANDA_TANGAN = 16_384;

	private final SertifikatKota sertifikat;

	private final Clock clock;

	/** The signed attributes; a content signer holds the state of one signature, so each signature builds its own. */
	private final CMSAttributeTableGenerator atribut;

	private final JcaCertStore rantai;

	PenandaTanganLokal(SertifikatKota sertifikat, Clock clock) {
		this.sertifikat = sertifikat;
		this.clock = clock;
		try {
			byte[] sidikSertifikat = MessageDigest.getInstance("SHA-256").digest(sertifikat.sertifikat().getEncoded());
			AttributeTable tambahan = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), sidikSertifikat)))));
			DefaultSignedAttributeTableGenerator baku = new DefaultSignedAttributeTableGenerator(tambahan);
			this.atribut = p -> baku.getAttributes(p).remove(CMSAttributes.signingTime);
			this.rantai = new JcaCertStore(List.of(sertifikat.sertifikat()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the city's certificate cannot sign", ex);
		}
	}

	@Override
	public JenisTandaTangan jenis() {
		return JenisTandaTangan.LOKAL;
	}

	SertifikatKota sertifikat() {
		return sertifikat;
	}

	@Override
	public byte[] tandatangani(byte[] pdf, Permintaan p) {
		try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions opsi = new SignatureOptions();
				ByteArrayOutputStream keluar = new ByteArrayOutputStream(pdf.length + RUANG_TANDA_TANGAN * 3)) {
			PDSignature ttd = new PDSignature();
			ttd.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			ttd.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			ttd.setName(p.nama());
			ttd.setLocation(p.lokasi());
			ttd.setReason(p.alasan());
			Calendar waktu = new GregorianCalendar(TimeZone.getTimeZone(Waktu.WITA));
			waktu.setTimeInMillis(clock.millis());
			ttd.setSignDate(waktu);
			opsi.setPreferredSignatureSize(RUANG_TANDA_TANGAN);
			doc.addSignature(ttd, this::cms, opsi);
			doc.saveIncremental(keluar);
			return keluar.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the document cannot be signed", ex);
		}
	}

	private byte[] cms(InputStream rentang) throws IOException {
		try {
			CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
			SignerInfoGenerator penanda = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(atribut)
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(sertifikat.kunci()), sertifikat.sertifikat());
			gen.addSignerInfoGenerator(penanda);
			gen.addCertificates(rantai);
			return gen.generate(new CMSProcessableByteArray(rentang.readAllBytes()), false).getEncoded();
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException ex) {
			throw new IOException("CMS signature failed", ex);
		}
	}
}
