import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import { IMAGE_TYPES, megabytes } from './validate';

/** Screenshots to attach as evidence once the finding is filed. */
export function ImageAttach(props: {
  images: File[];
  onChange: (images: File[]) => void;
  maxImageBytes: number;
  error?: string;
}) {
  const { images } = props;
  return (
    <FormControl error={!!props.error}>
      <FormLabel htmlFor="devzero-images">
        Screenshots (PNG, JPEG, GIF or WebP; up to{' '}
        {megabytes(props.maxImageBytes)} each)
      </FormLabel>
      <input
        id="devzero-images"
        type="file"
        accept={IMAGE_TYPES.join(',')}
        multiple
        onChange={e => props.onChange(Array.from(e.target.files ?? []))}
      />
      <FormHelperText>
        {props.error ??
          (images.length
            ? images.map(i => `${i.name} (${megabytes(i.size)})`).join(', ')
            : 'Optional')}
      </FormHelperText>
    </FormControl>
  );
}
