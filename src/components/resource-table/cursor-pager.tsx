import { Button, Flex } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type Props = {
  hasPrevious: boolean;
  hasNext: boolean;
  /** Deep-linked into a later page: "previous" is unknown, only "first" is. */
  onFirst?: () => void;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous/next for limit+marker APIs, which give no total and so no page numbers. */
export function CursorPager({ hasPrevious, hasNext, onFirst, onPrevious, onNext }: Props) {
  const { t } = useTranslation('ui');
  return (
    <Flex component="nav" aria-label={t('table.pagination')} gap={8} justify="flex-end">
      {onFirst ? (
        <Button icon={<VerticalRightOutlined />} onClick={onFirst}>
          {t('table.firstPage')}
        </Button>
      ) : null}
      <Button icon={<LeftOutlined />} disabled={!hasPrevious} onClick={onPrevious}>
        {t('table.previousPage')}
      </Button>
      <Button disabled={!hasNext} onClick={onNext}>
        {t('table.nextPage')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
