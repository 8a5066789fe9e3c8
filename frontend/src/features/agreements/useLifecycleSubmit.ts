import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { LifecycleDialogProps } from './ActionDialog';
import type { LifecycleAction } from './api';

/**
 * The submit handler of a lifecycle dialog's form: runs the action made of the values and puts
 * a refusal beside the fields, or in general when no field shows it.
 */
export function useLifecycleSubmit<Values extends object>(
  form: UseFormReturnType<Values>,
  onConfirm: LifecycleDialogProps['onConfirm'],
  toAction: (values: Values) => LifecycleAction,
) {
  const [error, setError] = useState('');
  const submit = form.onSubmit(async (values) => {
    setError('');
    const refusal = await onConfirm(toAction(values), values);
    if (refusal) {
      form.setErrors(refusal.fieldErrors);
      setError(refusal.general);
    }
  });
  return { submit, error };
}
