// Plans every DICOM file (.dcm) in the folder given as the argument; the plans and reports go
// to its plans/ folder. The joint comes from the file name (hip..., shoulder..., else knee).
dir = getArgument();
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
out = dir + "plans" + File.separator;
File.makeDirectory(out);
list = getFileList(dir);
for (i = 0; i < list.length; i++) {
  if (!endsWith(toLowerCase(list[i]), ".dcm")) continue;
  joint = "knee";
  if (startsWith(list[i], "hip")) joint = "hip";
  if (startsWith(list[i], "shoulder")) joint = "shoulder";
  run("Open Scan...", "open=[" + dir + list[i] + "]");
  run("Segment Capsule");
  run("Plan Trajectory...", "joint=" + joint + " volume=0 cells=50000000 maximum=0 clearance=2 side=either find");
  run("Export Plan...", "folder=[" + out + "]");
  close();
  print("planned " + list[i]);
}
