package nl.waarhebikrechtop.aanvraag;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    @Test
    void the_type_is_read_from_the_first_bytes() {
        assertThat(DocumentType.sniff(TestFiles.pdf())).contains(DocumentType.PDF);
        assertThat(DocumentType.sniff(TestFiles.png())).contains(DocumentType.PNG);
        assertThat(DocumentType.sniff(TestFiles.jpeg())).contains(DocumentType.JPEG);
    }

    @Test
    void programs_pages_and_look_alikes_are_not_accepted() {
        assertThat(DocumentType.sniff(TestFiles.program())).isEmpty();
        assertThat(DocumentType.sniff(TestFiles.html())).isEmpty();
        assertThat(DocumentType.sniff(TestFiles.fakePdf())).isEmpty();
        assertThat(DocumentType.sniff(new byte[0])).isEmpty();
        assertThat(DocumentType.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).as("cut-off header").isEmpty();
    }

    @Test
    void a_pdf_may_have_a_little_after_its_end_marker_but_not_a_whole_payload() {
        byte[] padded = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "\r\n  \n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] payload = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "x".repeat(5000))
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(DocumentType.sniff(padded)).contains(DocumentType.PDF);
        assertThat(DocumentType.sniff(payload)).isEmpty();
    }

    @Test
    void file_names_lose_folders_and_markup_and_get_the_extension_of_their_real_type() {
        assertThat(ApplicationDocuments.cleanName("loonstrook.pdf", DocumentType.PNG)).isEqualTo("loonstrook.png");
        assertThat(ApplicationDocuments.cleanName("C:\\Users\\sanne\\bank mei.PDF", DocumentType.PDF))
                .isEqualTo("bank mei.pdf");
        assertThat(ApplicationDocuments.cleanName("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(ApplicationDocuments.cleanName("<img src=x>.jpg", DocumentType.JPEG)).isEqualTo("img src=x.jpg");
        assertThat(ApplicationDocuments.cleanName("...", DocumentType.PDF)).isEqualTo("bestand.pdf");
        assertThat(ApplicationDocuments.cleanName("a".repeat(300) + ".png", DocumentType.PNG))
                .hasSize(ApplicationDocuments.NAME_MAX_LENGTH + 4);
    }
}
