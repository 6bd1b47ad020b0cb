/**
 * Syllables frequent in the appendix workbooks (labels, headers, units, notes).
 *
 * Used only to break ties when a cell reads as valid Vietnamese both as it stands and decoded
 * from a legacy encoding: TCVN3 "Sè" is "sè" or "số"; Unicode "Ghi chú" would read "Ghi chỳ"
 * through TCVN3. The reading with more familiar syllables wins; with none, the text is kept.
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  `tổng số hợp tác xã liên hiệp tổ thành viên người lao động đang hoạt động giải thể thành lập
  mới kế hoạch ước thực hiện năm tháng quý so sánh với cùng kỳ doanh thu bình quân lợi nhuận
  thu nhập của một trong đó các và có không được cho theo về từ đến là lượng đơn vị tính chỉ
  tiêu ghi chú nội dung stt tỷ lệ triệu nghìn đồng vốn điều lệ tài sản ngân sách trung ương địa
  phương tỉnh huyện thành phố quận xã phường kinh tế tập thể nông nghiệp lâm ngư diêm công
  thương mại dịch vụ vận tải xây dựng tín dụng nhân dân quỹ hỗ trợ phát triển đào tạo bồi dưỡng
  cán bộ quản lý khá tốt yếu kém xếp loại đánh giá chính sách đất đai tiếp cận khoa học kỹ thuật
  thị trường xúc tiến sản xuất tiêu thụ sản phẩm chuỗi giá trị liên kết nguồn hộ gia đình cá
  nhân pháp doanh nghiệp tham gia bảo hiểm xã hội trình độ đại học cao đẳng trung cấp sơ phụ lục
  biểu mẫu báo cáo chương mục khoản tiền kinh phí chi hoàn thành đạt vượt giảm tăng trưởng
  trên dưới khoảng gần hơn xấp xỉ tổ chức`.split(/\s+/),
);
