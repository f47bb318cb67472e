import type { photoJa } from './photo-ja.js';

/** The face photo cropper (R-ATT-1), English. */
export const photoEn: typeof photoJa = {
  photoCropper: {
    chooseLabel: 'Face photo image file (JPEG or PNG)',
    chooseHint: 'You crop a 3 wide by 4 high part of the chosen image, and that part is sent. The part must be at least {{minWidth}} pixels wide and {{minHeight}} pixels high.',
    loading: 'Loading the image…',
    loadFailed: 'This image could not be read. Choose a JPEG or PNG image.',
    tooSmall: 'The chosen image is {{width}} × {{height}} pixels (width × height), which is too small. Choose an image from which a part at least {{minWidth}} pixels wide and {{minHeight}} pixels high can be cropped.',
    instructions: 'Drag the frame, or select it and use the arrow keys, to move it. To change its size, drag its bottom-right corner, or select the corner and use the arrow keys (up or right: larger; down or left: smaller), or use the buttons below. Hold Shift with an arrow key for bigger steps.',
    imageAlt: 'The chosen image. The part inside the frame becomes the face photo.',
    frameLabel: 'Crop frame (move it with the arrow keys)',
    handleLabel: 'Crop frame size (up or right arrow: larger; down or left arrow: smaller)',
    enlarge: 'Larger frame',
    shrink: 'Smaller frame',
    position: 'Crop: {{width}} × {{height}} pixels, {{x}} from the left and {{y}} from the top',
    output: 'Photo to send: {{width}} × {{height}} pixels (JPEG)',
    use: 'Crop to this part and send',
    cropFailed: 'The cropped photo could not be made. Try another image.',
  },
};
