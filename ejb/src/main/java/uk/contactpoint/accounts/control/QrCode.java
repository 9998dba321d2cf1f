package uk.contactpoint.accounts.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * Draws a QR code as SVG: it scales without blurring on any screen and needs no image library in
 * the server.
 */
public final class QrCode {

  private QrCode() {}

  public static String svg(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      StringBuilder svg =
          new StringBuilder()
              .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
              .append(matrix.getWidth())
              .append(' ')
              .append(matrix.getHeight())
              .append(
                  "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of your token secret\">")
              .append(
                  "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"");
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
          }
        }
      }
      return svg.append("\"/></svg>").toString();
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot draw the QR code", e);
    }
  }
}
