import { ExportedFile } from '../../api/DependencyMapApi';

/** Hands an exported file to the browser to save. */
export function saveFile(file: ExportedFile) {
  const url = URL.createObjectURL(
    new Blob([file.text], { type: `${file.contentType};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has handed the file over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
