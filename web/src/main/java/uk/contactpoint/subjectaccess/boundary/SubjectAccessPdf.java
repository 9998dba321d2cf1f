package uk.contactpoint.subjectaccess.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import uk.contactpoint.shared.boundary.ScreenDates;
import uk.contactpoint.subjectaccess.control.Answer;

/**
 * The subject access answer as a readable PDF: the request, then each section as a two-column
 * table, and on every page's foot who prepared it, when, and its reference (as on every printed
 * page, so a printout found leads to who made it).
 */
final class SubjectAccessPdf {

  private SubjectAccessPdf() {}

  static byte[] render(SubjectAccess.Document answer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 48, 48, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(pdf, out);
    String reference = "SAR-" + answer.reference();
    writer.setPageEvent(
        new com.lowagie.text.pdf.PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter w, Document d) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(
                w.getDirectContent(),
                com.lowagie.text.Element.ALIGN_LEFT,
                new Phrase(
                    "ContactPoint "
                        + reference
                        + " - prepared by "
                        + answer.preparedBy()
                        + ", "
                        + ScreenDates.whenOf(answer.preparedAt())
                        + " - page "
                        + w.getPageNumber(),
                    FontFactory.getFont(FontFactory.HELVETICA, 8)),
                d.left(),
                d.bottom() - 24,
                0);
          }
        });
    pdf.addTitle("ContactPoint: what is held about a child (" + reference + ")");
    pdf.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    pdf.add(new Paragraph("What ContactPoint holds about a child", title));
    pdf.add(
        new Paragraph(
            "Subject access request "
                + reference
                + ", asked by "
                + answer.requester()
                + ", received "
                + ScreenDates.dayOf(answer.receivedOn())
                + ", due "
                + ScreenDates.dayOf(answer.dueOn())
                + ". Record "
                + answer.childId()
                + ".",
            body));
    if (answer.somethingWithheld()) {
      pdf.add(
          new Paragraph(
              "Some details are withheld where the law allows it to protect someone's safety; they are marked "
                  + Answer.WITHHELD
                  + ".",
              body));
    }
    for (Answer.Section section : answer.sections()) {
      Paragraph title2 = new Paragraph(section.title(), heading);
      title2.setSpacingBefore(12);
      title2.setSpacingAfter(4);
      pdf.add(title2);
      if (section.lines().isEmpty()) {
        pdf.add(new Paragraph("None held.", body));
        continue;
      }
      PdfPTable table = new PdfPTable(new float[] {1, 3});
      table.setWidthPercentage(100);
      for (Answer.Line line : section.lines()) {
        table.addCell(cell(line.label(), body));
        table.addCell(cell(line.value(), body));
      }
      pdf.add(table);
    }
    pdf.add(new Paragraph(Chunk.NEWLINE));
    pdf.add(
        new Paragraph(
            "Free of charge. Ask the ContactPoint management team of your local authority to correct anything wrong.",
            body));
    pdf.close();
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(4);
    return cell;
  }
}
